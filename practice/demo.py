"""Demo content of the practice app: the index, the 16 examples, the editorial roles and logins."""

import datetime
import json

from django.utils.text import slugify
from wagtail.documents import get_document_model

from home.demo import add_child, child_by_slug
from home.demo.site import ensure_demo_users
from practice.demo_content import PRACTICE_EXAMPLES
from practice.models import (
    AggressionType,
    OrganisationType,
    PracticeExampleIndexPage,
    PracticeExamplePage,
    Province,
    WorkSetting,
)
from practice.roles import BZK_EDITORS, MUNICIPAL_EDITORS, ensure_section_roles

INDEX_SLUG = "ervaringen-uit-de-praktijk"
INDEX_INTRO = (
    "Organisaties leren veel van elkaar. Hier leest u hoe gemeenten, provincies, waterschappen en "
    "het Rijk agressie tegen hun medewerkers aanpakken. Kies hieronder wat bij uw situatie past."
)
# Downloads from the document library that fit an example (matched on the document's title).
EXAMPLE_DOCUMENTS = {
    "zuiderhaven-reageert-binnen-48-uur": ["Voorbeeldbrief waarschuwing aan de dader"],
    "heuvelrade-bouwt-veiligere-publiekshal": ["Checklist veilige werkplek"],
    "peelbeek-brengt-risicos-buitenwerk-in-kaart": ["Stappenplan risicoanalyse agressie"],
    "lindehoven-stappenplan-nazorg-leidinggevenden": ["Handreiking nazorg voor leidinggevenden"],
}
DEMO_ACCOUNTS = [
    ("redactie", BZK_EDITORS, {}, [BZK_EDITORS]),
    ("gemeente", MUNICIPAL_EDITORS, {}, [MUNICIPAL_EDITORS]),
]


def load(state, report):
    home = state["home"]
    index = add_child(
        home,
        PracticeExampleIndexPage(
            title="Ervaringen uit de praktijk",
            slug=INDEX_SLUG,
            intro=INDEX_INTRO,
            search_description=(
                "Praktijkvoorbeelden van organisaties die agressie tegen medewerkers aanpakken, "
                "te filteren op thema, organisatie, provincie en soort agressie."
            ),
            show_in_menus=True,
        ),
        report,
    )
    for created in ensure_section_roles(index):
        report.created(created)

    terms = Terms(report)
    themes = state.get("themes", {})
    for data in PRACTICE_EXAMPLES:
        if child_by_slug(index, data["slug"]):
            continue  # Already there; an editor may have changed it since.
        add_child(index, example_page(data, terms, themes), report)

    state.setdefault("logins", []).extend(ensure_demo_users(DEMO_ACCOUNTS, report))


class Terms:
    """The taxonomy terms by slug; a term an editor deleted is created again from the demo value."""

    def __init__(self, report):
        self.report = report
        self.by_model = {}

    def get(self, model, value):
        known = self.by_model.setdefault(model, {t.slug: t for t in model.objects.all()})
        slug = slugify(value)
        if slug not in known:
            known[slug] = model.objects.create(name=value, slug=slug)
            self.report.created(known[slug])
        return known[slug]

    def many(self, model, values):
        return [self.get(model, value) for value in values]


def example_page(data, terms, themes):
    quote = data.get("quote") or {}
    contact = data.get("contact") or {}
    return PracticeExamplePage(
        title=data["title"],
        slug=data["slug"],
        organisation_name=data["organisation"],
        organisation_type=terms.get(OrganisationType, data["organisation_type"]),
        provinces=[terms.get(Province, data["province"])],
        themes=[themes[slug] for slug in data["themes"] if slug in themes],
        aggression_types=terms.many(AggressionType, data["aggression_types"]),
        work_settings=terms.many(WorkSetting, data["work_settings"]),
        lead=data["lead"],
        search_description=data["lead"],
        situation=data["situation"],
        approach=data["approach"],
        results=data["results"],
        lessons=data["lessons"],
        quote_text=quote.get("text", ""),
        quote_name=quote.get("name", ""),
        quote_role=quote.get("role", ""),
        contact_name=contact.get("name", ""),
        contact_role=contact.get("role", ""),
        contact_email=contact.get("email", ""),
        contact_phone=contact.get("phone", ""),
        contact_consent=bool(contact.get("agreed")),
        documents=documents_for(data["slug"]),
        publication_date=datetime.date.fromisoformat(data["published"]),
    )


def documents_for(slug):
    titles = EXAMPLE_DOCUMENTS.get(slug, [])
    found = get_document_model().objects.filter(title__in=titles)
    return json.dumps(
        [{"type": "document", "value": {"document": doc.pk, "title": ""}} for doc in found]
    )
