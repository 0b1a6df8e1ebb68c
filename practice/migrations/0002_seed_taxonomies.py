"""The terms editors start with. Editors can add, rename and reorder them as snippets."""

from django.db import migrations

TERMS = {
    "OrganisationType": [
        ("gemeente", "Gemeente"),
        ("provincie", "Provincie"),
        ("waterschap", "Waterschap"),
        ("rijksoverheid", "Rijksoverheid"),
        ("uitvoeringsorganisatie", "Uitvoeringsorganisatie"),
        ("veiligheidsregio", "Veiligheidsregio"),
        ("gemeenschappelijke-regeling", "Samenwerkingsverband van gemeenten"),
    ],
    "Province": [
        ("drenthe", "Drenthe"),
        ("flevoland", "Flevoland"),
        ("friesland", "Fryslân"),
        ("gelderland", "Gelderland"),
        ("groningen", "Groningen"),
        ("limburg", "Limburg"),
        ("noord-brabant", "Noord-Brabant"),
        ("noord-holland", "Noord-Holland"),
        ("overijssel", "Overijssel"),
        ("utrecht", "Utrecht"),
        ("zeeland", "Zeeland"),
        ("zuid-holland", "Zuid-Holland"),
    ],
    "AggressionType": [
        ("verbaal", "Verbale agressie"),
        ("bedreiging", "Bedreiging"),
        ("intimidatie", "Intimidatie"),
        ("fysiek", "Fysiek geweld"),
        ("online", "Online agressie"),
        ("discriminatie", "Discriminatie"),
    ],
    "WorkSetting": [
        ("balie-en-loket", "Balie en loket"),
        ("op-straat-en-handhaving", "Op straat en handhaving"),
        ("huisbezoek", "Huisbezoek"),
        ("telefoon-en-online", "Telefoon en online"),
        ("raad-en-bestuur", "Raad en bestuur"),
    ],
}


def seed(apps, schema_editor):
    for model_name, terms in TERMS.items():
        model = apps.get_model("practice", model_name)
        for position, (slug, name) in enumerate(terms, start=1):
            model.objects.get_or_create(slug=slug, defaults={"name": name, "sort_order": position})


def unseed(apps, schema_editor):
    for model_name, terms in TERMS.items():
        model = apps.get_model("practice", model_name)
        model.objects.filter(slug__in=[slug for slug, _ in terms]).delete()


class Migration(migrations.Migration):
    dependencies = [("practice", "0001_practice_examples")]

    operations = [migrations.RunPython(seed, unseed)]
