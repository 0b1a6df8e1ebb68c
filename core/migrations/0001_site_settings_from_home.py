# The site settings used to live in the home app (table home_sitesettings). This migration takes
# them over without touching the data: the model is added to core's state on the existing table,
# its content type (and so every permission on it) is relabelled, then the table is renamed.
# home/migrations/0004 removes the model from home's state.

import django.db.models.deletion
import wagtail.fields
from django.db import migrations, models


def relabel_content_type(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    if not ContentType.objects.filter(app_label="core", model="sitesettings").exists():
        ContentType.objects.filter(app_label="home", model="sitesettings").update(app_label="core")


def relabel_content_type_back(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    if not ContentType.objects.filter(app_label="home", model="sitesettings").exists():
        ContentType.objects.filter(app_label="core", model="sitesettings").update(app_label="home")


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('contenttypes', '0002_remove_content_type_name'),
        ('home', '0003_home_page_infographic_setting'),
        ('assets', '0002_document_theme'),
        ('wagtailcore', '0098_apitoken'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
        migrations.CreateModel(
            name='SiteSettings',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('organisation_name', models.CharField(default='Ministerie van Binnenlandse Zaken en Koninkrijksrelaties', help_text='De organisatie die verantwoordelijk is voor de website. Staat in de footer.', max_length=160, verbose_name='naam organisatie')),
                ('team_name', models.CharField(blank=True, default='Team Veilige Publieke Dienstverlening', help_text='Het team dat de website beheert.', max_length=160, verbose_name='naam team')),
                ('contact_email', models.EmailField(blank=True, help_text='Het e-mailadres voor vragen over de website. Staat in de footer.', max_length=254, verbose_name='e-mailadres')),
                ('contact_phone', models.CharField(blank=True, help_text='Laat leeg als er geen telefoonnummer is.', max_length=40, verbose_name='telefoonnummer')),
                ('postal_address', models.TextField(blank=True, help_text='Bijvoorbeeld: Postbus 20011, 2500 EA Den Haag.', verbose_name='postadres')),
                ('footer_links', wagtail.fields.StreamField([('link', 3)], blank=True, block_lookup={0: ('wagtail.blocks.CharBlock', (), {'help_text': 'Leeg laten bij een pagina: dan wordt de titel van de pagina gebruikt.', 'label': 'Linktekst', 'max_length': 160, 'required': False}), 1: ('wagtail.blocks.PageChooserBlock', (), {'label': 'Pagina op deze site', 'required': False}), 2: ('wagtail.blocks.URLBlock', (), {'label': 'Of een webadres', 'required': False}), 3: ('wagtail.blocks.StructBlock', [[('text', 0), ('page', 1), ('url', 2)]], {})}, help_text='Bijvoorbeeld toegankelijkheid, privacy, cookies en contact.', verbose_name='servicelinks in de footer')),
                ('security_contact', models.CharField(blank=True, default='mailto:security@example.nl', help_text='Een mailto:- of https:-adres voor het melden van kwetsbaarheden (security.txt).', max_length=255, verbose_name='contact voor beveiligingsmeldingen')),
                ('default_share_image', models.ForeignKey(blank=True, help_text='Getoond als iemand een pagina deelt op sociale media en de pagina zelf geen afbeelding heeft.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='assets.customimage', verbose_name='standaard deelafbeelding')),
                ('site', models.OneToOneField(editable=False, on_delete=django.db.models.deletion.CASCADE, to='wagtailcore.site')),
            ],
            options={
                'verbose_name': 'site-instellingen',
                'db_table': 'home_sitesettings',
            },
        ),
            ],
        ),
        migrations.RunPython(relabel_content_type, relabel_content_type_back),
        migrations.AlterModelTable(name='sitesettings', table=None),
    ]
