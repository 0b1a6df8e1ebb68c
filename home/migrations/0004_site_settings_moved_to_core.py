# The site settings moved to the core app (core/migrations/0001): only the state changes here.

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('home', '0003_home_page_infographic_setting'),
        ('core', '0001_site_settings_from_home'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.DeleteModel(name='SiteSettings')],
        ),
    ]
