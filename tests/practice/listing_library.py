"""A library of practice examples for the listing tests, and what each filter should find in it.

The listing tests build these examples once per test class (`ListingTestCase`) and compute every
expected result from the EXAMPLES table, never from the page under test.
"""

import datetime
from urllib.parse import urlencode

from django.test import TestCase

from practice.models import AggressionType, OrganisationType, Province, WorkSetting
from tests.home.factories import site_home_page
from tests.practice.conftest import LISTING_URL, terms
from tests.practice.factories import (
    PracticeExamplePageFactory,
    site_practice_index,
)
from tests.themes.factories import ThemePageFactory

THEMES = {
    "preventie": "Preventie",
    "handelen-bij-een-incident": "Handelen bij een incident",
    "nazorg": "Nazorg",
}
INCIDENT = "handelen-bij-een-incident"

# title, organisation, organisation type, province, themes, aggression types, work settings, date
EXAMPLES = [
    (
        "Zuiderhaven belt elke dader terug",
        "Gemeente Zuiderhaven",
        "gemeente",
        "zuid-holland",
        [INCIDENT, "nazorg"],
        ["verbaal", "bedreiging"],
        ["balie-en-loket"],
        "2025-03-01",
    ),
    (
        "Boa's lopen voortaan in duo's",
        "Gemeente Veenstede",
        "gemeente",
        "utrecht",
        ["preventie"],
        ["bedreiging", "fysiek"],
        ["op-straat-en-handhaving"],
        "2025-02-10",
    ),
    (
        "Oostmeer traint het personeel aan de balie",
        "Provincie Oostmeer",
        "provincie",
        "zeeland",
        ["preventie"],
        ["verbaal"],
        ["balie-en-loket"],
        "2024-11-05",
    ),
    (
        "Lage Landen maakt huisbezoeken veiliger",
        "Waterschap Lage Landen",
        "waterschap",
        "utrecht",
        ["preventie"],
        ["intimidatie"],
        ["huisbezoek"],
        "2024-09-20",
    ),
    (
        "Online bedreigingen samen melden",
        "Dienst Publieke Zaken",
        "rijksoverheid",
        "noord-holland",
        [INCIDENT],
        ["online", "bedreiging"],
        ["telefoon-en-online"],
        "2025-05-12",
    ),
    (
        "Raadsleden krijgen een vast aanspreekpunt",
        "Gemeente Heidedal",
        "gemeente",
        "gelderland",
        ["nazorg"],
        ["intimidatie", "online"],
        ["raad-en-bestuur"],
        "2024-06-01",
    ),
    (
        "Een rustige wachtruimte bij het loket",
        "Uitvoeringsbureau Werk",
        "uitvoeringsorganisatie",
        "overijssel",
        ["preventie"],
        ["verbaal"],
        ["balie-en-loket"],
        "2023-12-12",
    ),
    (
        "Veiligheidsregio oefent de-escalatie",
        "Veiligheidsregio Noordkust",
        "veiligheidsregio",
        "groningen",
        [INCIDENT],
        ["fysiek"],
        ["op-straat-en-handhaving"],
        "2025-01-15",
    ),
    (
        "Samen tegen discriminatie aan de balie",
        "Gemeenten Rivierland",
        "gemeenschappelijke-regeling",
        "limburg",
        ["preventie", "nazorg"],
        ["discriminatie"],
        ["balie-en-loket"],
        "2024-03-03",
    ),
    (
        "Aangifte doen wordt makkelijker",
        "Gemeente Kleihoven",
        "gemeente",
        "noord-brabant",
        [INCIDENT],
        ["bedreiging"],
        ["balie-en-loket"],
        "2024-10-10",
    ),
    (
        "Gesprek na een incident binnen een week",
        "Gemeente Duinwijk",
        "gemeente",
        "noord-holland",
        ["nazorg"],
        ["verbaal", "fysiek"],
        ["huisbezoek"],
        "2023-08-08",
    ),
    (
        "Handhavers dragen een bodycam",
        "Gemeente Marrum",
        "gemeente",
        "friesland",
        ["preventie", INCIDENT],
        ["fysiek"],
        ["op-straat-en-handhaving"],
        "2025-04-04",
    ),
    (
        "Wijkteam gaat met twee mensen op huisbezoek",
        "Gemeente Beekdal",
        "gemeente",
        "drenthe",
        ["preventie"],
        ["intimidatie"],
        ["huisbezoek"],
        "2024-01-20",
    ),
    (
        "Belteam oefent lastige gesprekken",
        "Provincie Hooglanden",
        "provincie",
        "flevoland",
        ["nazorg"],
        ["verbaal", "discriminatie"],
        ["telefoon-en-online"],
        "2023-05-05",
    ),
]
PER_PAGE = 12

# Which values of a row each filter parameter matches.
ROW_VALUES = {
    "organisatie": lambda row: [row[2]],
    "provincie": lambda row: [row[3]],
    "thema": lambda row: row[4],
    "agressie": lambda row: row[5],
    "werksituatie": lambda row: row[6],
}


def expected_titles(**chosen):
    """Titles of the examples matching the choice: any value within a facet, every facet."""
    return {
        row[0]
        for row in EXAMPLES
        if all(set(values) & set(ROW_VALUES[param](row)) for param, values in chosen.items())
    }


def build_library():
    home = site_home_page()
    themes = {
        slug: ThemePageFactory(parent=home, slug=slug, title=title)
        for slug, title in THEMES.items()
    }
    index = site_practice_index(show_in_menus=True)
    for title, organisation, kind, province, theme_slugs, kinds, settings, date in EXAMPLES:
        PracticeExamplePageFactory(
            parent=index,
            title=title,
            organisation_name=organisation,
            organisation_type=OrganisationType.objects.get(slug=kind),
            provinces=terms(Province, province),
            themes=[themes[slug] for slug in theme_slugs],
            aggression_types=terms(AggressionType, *kinds),
            work_settings=terms(WorkSetting, *settings),
            publication_date=datetime.date.fromisoformat(date),
        )
    return index


class ListingTestCase(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.index = build_library()

    def get_listing(self, params=None):
        query = urlencode(params or {}, doseq=True)
        response = self.client.get(f"{LISTING_URL}?{query}" if query else LISTING_URL)
        self.assertEqual(response.status_code, 200)
        return response

    def listing(self, params=None):
        return self.get_listing(params).context["listing"]

    def all_result_titles(self, params):
        """The titles on every results page."""
        titles, page = [], 1
        while True:
            listing = self.listing({**params, "pagina": page})
            titles += [example.title for example in listing.examples]
            if not listing.page.has_next():
                return titles
            page += 1
