"""The jargon list as shipped (editors of BZK change it from then on), and their permission to
manage it. Loading again adds only words that are missing; a changed or removed word stays so."""

from django.db import migrations

BZK_EDITORS = "Redactie BZK"
SHIPPED = [
    ("adequaat", "goed, passend"),
    ("agressor", "dader, de persoon die agressief is"),
    ("alsmede", "en, ook"),
    ("casuïstiek", "voorbeelden, gevallen"),
    ("conform", "volgens"),
    ("de-escaleren", "rustig maken, kalmeren"),
    ("derhalve", "daarom"),
    ("escaleren", "uit de hand lopen"),
    ("evalueren", "bespreken hoe het ging"),
    ("faciliteren", "helpen, mogelijk maken"),
    ("implementeren", "invoeren"),
    ("indien", "als"),
    ("inzake", "over"),
    ("interventie", "ingreep, maatregel"),
    ("middels", "met, door"),
    ("mitigeren", "verminderen"),
    ("monitoren", "volgen, in de gaten houden"),
    ("optimaliseren", "verbeteren"),
    ("preventief", "om te voorkomen, vooraf"),
    ("primair", "eerst, vooral"),
    ("proactief", "op tijd, vooraf"),
    ("randvoorwaarden", "voorwaarden"),
    ("reeds", "al"),
    ("signaleren", "zien, opmerken"),
    ("stakeholders", "betrokkenen"),
    ("teneinde", "om"),
    ("thans", "nu"),
    ("verifiëren", "controleren"),
]
PERMISSIONS = ["add_jargonterm", "change_jargonterm", "delete_jargonterm", "view_jargonterm"]


def permissions(apps):
    content_type, _ = apps.get_model("contenttypes", "ContentType").objects.get_or_create(
        app_label="readability", model="jargonterm"
    )
    permission_model = apps.get_model("auth", "Permission")
    for codename in PERMISSIONS:
        action = codename.split("_")[0]
        found, _ = permission_model.objects.get_or_create(
            content_type=content_type,
            codename=codename,
            defaults={"name": f"Can {action} jargonwoord"},
        )
        yield found


def ship(apps, schema_editor):
    term_model = apps.get_model("readability", "JargonTerm")
    known = {word.lower() for word in term_model.objects.values_list("word", flat=True)}
    term_model.objects.bulk_create(
        term_model(word=word, alternative=alternative)
        for word, alternative in SHIPPED
        if word not in known
    )
    group = apps.get_model("auth", "Group").objects.filter(name=BZK_EDITORS).first()
    if group is not None:
        group.permissions.add(*permissions(apps))


def unship(apps, schema_editor):
    apps.get_model("readability", "JargonTerm").objects.filter(
        word__in=[word for word, _ in SHIPPED]
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("readability", "0001_jargon_list"),
        ("practice", "0003_editorial_groups"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(ship, unship)]
