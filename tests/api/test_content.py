"""What the API answers: the site's own published content, as the website shows it.

Public only: no draft, no page in a private section, no document in a restricted collection and
no municipal upload that no published page uses. The practice examples' filters, counts and
results are the listing's own.
"""

import datetime

import pytest
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from practice.models import AggressionType, OrganisationType, Province, WorkSetting
from practice.municipalities import ensure_municipality
from tests.core.factories import DocumentFactory, stream_json
from tests.news.factories import NewsPageFactory
from tests.practice.conftest import terms
from tests.practice.factories import PracticeExamplePageFactory
from tests.themes.factories import TopicPageFactory

from .conftest import get_json, problem

pytestmark = pytest.mark.django_db

BASE = "https://www.veiligepubliekedienstverlening.nl"


def slugs(answer):
    return [item["slug"] for item in answer["items"]]


# Themes and topics -------------------------------------------------------------------------


def test_themes_in_menu_order_with_links_to_their_topics(site, anonymous_client):
    answer = get_json(anonymous_client, "themes")
    assert slugs(answer) == ["voorkomen", "handelen", "nazorg"]
    incident = answer["items"][1]
    assert incident == {
        "_links": {
            "self": {"href": f"{BASE}/api/v1/themes/handelen"},
            "topics": {"href": f"{BASE}/api/v1/topics?thema=handelen"},
        },
        "slug": "handelen",
        "title": "Handelen bij een incident",
        "intro": "Wat u doet tijdens en direct na een incident, stap voor stap.",
        "url": f"{BASE}/handelen/",
        "numberedSteps": True,
    }


def test_a_theme_with_its_topics_as_numbered_steps(site, anonymous_client):
    theme = get_json(anonymous_client, "themes/handelen")
    steps = theme["topics"]
    assert [step["slug"] for step in steps] == [
        "blijf-kalm",
        "schrijf-het-op",
        "reageer",
        "doe-aangifte",
        "herstel-de-schade",
    ]
    assert [step["stepNumber"] for step in steps] == [1, 2, 3, 4, 5]
    assert steps[0]["summary"] == ["Blijf rustig.", "Zoek hulp."]
    assert steps[0]["lastReviewed"] == "2026-10-01"
    assert steps[0]["url"] == f"{BASE}/handelen/blijf-kalm/"
    unnumbered = get_json(anonymous_client, "themes/voorkomen")["topics"]
    assert all("stepNumber" not in topic for topic in unnumbered)


def test_an_unknown_or_unpublished_theme_is_not_found(site, anonymous_client):
    assert problem(anonymous_client, "themes/bestaat-niet", 404)["title"] == "Niet gevonden"
    site.aftercare.unpublish()
    problem(anonymous_client, "themes/nazorg", 404)
    assert "nazorg" not in slugs(get_json(anonymous_client, "themes"))


def test_topics_of_every_theme_or_of_the_chosen_ones(site, anonymous_client):
    every = get_json(anonymous_client, "topics?pageSize=100")
    assert every["totalItems"] == len(site.topics)
    assert slugs(every)[:2] == ["stel-een-norm", "risicoanalyse"]
    chosen = get_json(anonymous_client, "topics?thema=nazorg&thema=voorkomen")
    assert slugs(chosen) == ["stel-een-norm", "risicoanalyse", "wees-de-rots", "houd-overzicht"]
    assert chosen["items"][2]["theme"]["slug"] == "nazorg"
    steps = get_json(anonymous_client, "topics?thema=handelen&pageSize=2&page=3")
    assert [(t["slug"], t["stepNumber"]) for t in steps["items"]] == [("herstel-de-schade", 5)]


def test_an_unpublished_or_private_topic_is_left_out_and_the_steps_close_up(site, anonymous_client):
    site.steps[1].unpublish()
    PageViewRestriction.objects.create(page=site.aftercare_topics[0], restriction_type="login")
    TopicPageFactory(parent=site.incident, slug="concept", live=False)
    steps = get_json(anonymous_client, "themes/handelen")["topics"]
    assert [(t["slug"], t["stepNumber"]) for t in steps][:2] == [
        ("blijf-kalm", 1),
        ("reageer", 2),
    ]
    listed = slugs(get_json(anonymous_client, "topics?pageSize=100"))
    assert "schrijf-het-op" not in listed and "concept" not in listed
    assert "wees-de-rots" not in listed
    numbered = get_json(anonymous_client, "topics?thema=handelen")["items"]
    assert [t["stepNumber"] for t in numbered] == [1, 2, 3, 4]


# News -------------------------------------------------------------------------------------


def test_news_newest_first_at_its_dated_address(site, anonymous_client):
    NewsPageFactory(title="Concept", slug="concept", live=False)
    answer = get_json(anonymous_client, "news")
    assert slugs(answer) == ["campagne-gestart", "nieuwe-handreiking"]
    assert answer["items"][0] == {
        "slug": "campagne-gestart",
        "title": "Campagne gestart",
        "intro": "Een landelijke campagne tegen agressie is begonnen.",
        "publicationDate": "2026-05-06",
        "url": f"{BASE}/actueel/nieuws/2026/05/06/campagne-gestart/",
    }


def test_lists_of_a_site_without_news_or_examples_are_empty(home_page, anonymous_client):
    for path in ("news", "practice-examples", "themes", "topics", "documents"):
        answer = get_json(anonymous_client, path)
        assert (answer["items"], answer["totalItems"], answer["totalPages"]) == ([], 0, 1)
    facets = get_json(anonymous_client, "practice-examples/facets")
    assert facets["totalItems"] == 0


# Documents --------------------------------------------------------------------------------


@pytest.fixture
def documents(site):
    handreiking = DocumentFactory(
        title="Handreiking veilige balie",
        category="handreiking",
        theme=site.prevention,
        description="Hoe u de balie inricht.",
        publication_date=datetime.date(2026, 2, 3),
        file__data=b"%PDF-1.4 proef",
        file__filename="handreiking.pdf",
    )
    checklist = DocumentFactory(
        title="Checklist nazorg",
        category="checklist",
        theme=site.aftercare,
        publication_date=datetime.date(2026, 4, 5),
    )
    private = Collection.get_first_root_node().add_child(name="Alleen intern")
    CollectionViewRestriction.objects.create(collection=private, restriction_type="login")
    DocumentFactory(title="Intern verslag", collection=private)
    ensure_municipality("Proefdorp")
    upload = DocumentFactory(
        title="Kwartelprotocol Proefdorp",
        collection=Collection.objects.get(name="Gemeente Proefdorp"),
    )
    return handreiking, checklist, upload


def test_documents_are_the_librarys_public_documents_with_their_metadata(
    documents, anonymous_client
):
    handreiking, checklist, _ = documents
    answer = get_json(anonymous_client, "documents")
    assert [item["title"] for item in answer["items"]] == [
        "Checklist nazorg",
        "Handreiking veilige balie",
    ]
    assert answer["items"][1] == {
        "id": handreiking.pk,
        "title": "Handreiking veilige balie",
        "description": "Hoe u de balie inricht.",
        "type": {"value": "handreiking", "label": "Handreiking"},
        "publicationDate": "2026-02-03",
        "theme": {"value": "voorkomen", "label": "Voorkomen"},
        "owner": "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties",
        "licence": {
            "value": "cc0-1.0",
            "label": "CC0 1.0",
            "url": "https://creativecommons.org/publicdomain/zero/1.0/deed.nl",
        },
        "fileType": "PDF",
        "fileSize": len(b"%PDF-1.4 proef"),
        "url": f"{BASE}/documents/{handreiking.pk}/handreiking.pdf",
    }


def test_a_licence_that_keeps_every_right_has_no_address_and_an_editors_owner_is_kept(
    documents, anonymous_client
):
    _, checklist, _ = documents
    checklist.licence = "voorbehouden"
    checklist.owner = "Politie"
    checklist.save()
    item = get_json(anonymous_client, "documents?soort=checklist")["items"][0]
    assert item["owner"] == "Politie"
    assert item["licence"] == {"value": "voorbehouden", "label": "Alle rechten voorbehouden"}


def test_documents_filtered_by_type_and_theme(documents, anonymous_client):
    assert slugs_of_titles(get_json(anonymous_client, "documents?soort=checklist")) == [
        "Checklist nazorg"
    ]
    assert slugs_of_titles(get_json(anonymous_client, "documents?thema=voorkomen")) == [
        "Handreiking veilige balie"
    ]
    both = get_json(anonymous_client, "documents?soort=checklist&soort=handreiking&thema=nazorg")
    assert slugs_of_titles(both) == ["Checklist nazorg"]
    body = problem(anonymous_client, "documents?soort=geheim&thema=bestaat-niet")
    assert {param["name"] for param in body["invalidParams"]} == {"soort", "thema"}


def slugs_of_titles(answer):
    return [item["title"] for item in answer["items"]]


def test_a_municipal_upload_is_shown_only_with_the_published_example_that_uses_it(
    site, documents, anonymous_client
):
    _, _, upload = documents
    example = PracticeExamplePageFactory(
        slug="kwartels",
        documents=stream_json(("document", {"document": upload.pk, "title": ""})),
        live=False,
    )
    problem(anonymous_client, "practice-examples/kwartels", 404)
    assert "Kwartelprotocol" not in str(get_json(anonymous_client, "documents?pageSize=100"))
    example.save_revision().publish()
    attached = get_json(anonymous_client, "practice-examples/kwartels")["documents"]
    assert [document["title"] for document in attached] == ["Kwartelprotocol Proefdorp"]
    # The municipality that uploaded it owns it (the name of its collection).
    assert attached[0]["owner"] == "Gemeente Proefdorp"
    # Released, but still not one of the library's documents.
    assert "Kwartelprotocol" not in str(get_json(anonymous_client, "documents?pageSize=100"))


def test_an_example_never_shows_a_document_of_a_restricted_collection(site, anonymous_client):
    private = Collection.get_first_root_node().add_child(name="Alleen intern")
    CollectionViewRestriction.objects.create(collection=private, restriction_type="login")
    hidden = DocumentFactory(title="Intern verslag", collection=private)
    shown = DocumentFactory(title="Voorbeeldbrief")
    PracticeExamplePageFactory(
        slug="met-documenten",
        documents=stream_json(
            ("document", {"document": hidden.pk, "title": ""}),
            ("document", {"document": shown.pk, "title": ""}),
        ),
    )
    attached = get_json(anonymous_client, "practice-examples/met-documenten")["documents"]
    assert [document["title"] for document in attached] == ["Voorbeeldbrief"]


# Practice examples ------------------------------------------------------------------------


@pytest.fixture
def examples(site):
    """Three more examples with every kind of filter value."""
    gemeente = OrganisationType.objects.get(slug="gemeente")
    waterschap = OrganisationType.objects.get(slug="waterschap")
    utrecht, zeeland = terms(Province, "utrecht", "zeeland")
    verbaal, fysiek = terms(AggressionType, "verbaal", "fysiek")
    (balie,) = terms(WorkSetting, "balie-en-loket")
    first = PracticeExamplePageFactory(
        slug="utrecht-verbaal",
        title="Utrecht spreekt af",
        organisation_type=gemeente,
        provinces=[utrecht],
        themes=[site.incident, site.aftercare],
        aggression_types=[verbaal],
        work_settings=[balie],
        publication_date=datetime.date(2026, 3, 1),
    )
    second = PracticeExamplePageFactory(
        slug="zeeland-fysiek",
        title="Zeeland traint",
        organisation_type=waterschap,
        provinces=[zeeland],
        themes=[site.incident],
        aggression_types=[fysiek, verbaal],
        publication_date=datetime.date(2026, 2, 1),
        lead="Een waterschap traint zijn veldwerkers in de dijkwacht.",
    )
    private = PracticeExamplePageFactory(slug="geheim", title="Geheim voorbeeld")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    PracticeExamplePageFactory(slug="concept", title="Concept", live=False)
    return first, second


def test_examples_newest_first_with_their_filter_values(examples, anonymous_client):
    answer = get_json(anonymous_client, "practice-examples")
    assert slugs(answer) == ["utrecht-verbaal", "zeeland-fysiek", "proefdorp-balie"]
    first = answer["items"][0]
    assert first["organisationType"] == {"value": "gemeente", "label": "Gemeente"}
    assert first["themes"] == [
        {"value": "handelen", "label": "Handelen bij een incident"},
        {"value": "nazorg", "label": "Nazorg"},
    ]
    assert first["provinces"] == [{"value": "utrecht", "label": "Utrecht"}]
    assert first["aggressionTypes"] == [{"value": "verbaal", "label": "Verbale agressie"}]
    assert [term["value"] for term in first["workSettings"]] == ["balie-en-loket"]
    assert first["url"] == f"{BASE}/ervaringen-uit-de-praktijk/utrecht-verbaal/"
    assert first["_links"]["self"]["href"] == f"{BASE}/api/v1/practice-examples/utrecht-verbaal"


@pytest.mark.parametrize(
    "query",
    [
        "thema=handelen",
        "thema=handelen&thema=voorkomen",
        "agressie=verbaal&provincie=zeeland",
        "organisatie=gemeente&thema=nazorg",
        "q=waterschap dijkwacht",
        "werksituatie=balie-en-loket",
        "sorteer=titel",
    ],
)
def test_filters_give_what_the_listing_gives(examples, anonymous_client, query):
    listing = anonymous_client.get(f"/ervaringen-uit-de-praktijk/?{query}").context["listing"]
    shown = [example.slug for example in listing.examples]
    answer = get_json(anonymous_client, f"practice-examples?{query}")
    assert slugs(answer) == shown
    assert answer["totalItems"] == listing.result_count
    facets = get_json(
        anonymous_client, f"practice-examples/facets?{query.replace('sorteer=titel', '')}"
    )
    for facet, listed in zip(facets["facets"], listing.facets, strict=True):
        assert facet["param"] == listed.param
        assert [(o["value"], o["count"], o["selected"]) for o in facet["options"]] == [
            (o.value, o.count, o.selected) for o in listed.options
        ]


def test_facets_name_the_field_of_the_examples_that_holds_their_values(examples, anonymous_client):
    facets = get_json(anonymous_client, "practice-examples/facets?agressie=verbaal")
    assert [(f["param"], f["field"]) for f in facets["facets"]] == [
        ("thema", "themes"),
        ("organisatie", "organisationType"),
        ("provincie", "provinces"),
        ("agressie", "aggressionTypes"),
        ("werksituatie", "workSettings"),
    ]
    assert facets["totalItems"] == 2
    assert facets["_links"]["practiceExamples"]["href"] == (
        f"{BASE}/api/v1/practice-examples?agressie=verbaal"
    )


def test_an_example_in_full_with_contact_only_with_consent(site, anonymous_client):
    PracticeExamplePageFactory(
        slug="met-contact",
        approach=f'<p>Lees <a linktype="page" id="{site.incident.pk}">handelen</a>.</p>',
        results="",
        quote_text="Het werkt.",
        quote_name="Els",
        contact_name="Piet",
        contact_email="piet@example.nl",
        contact_consent=False,
    )
    example = get_json(anonymous_client, "practice-examples/met-contact")
    assert example["approach"] == f'<p>Lees <a href="{BASE}/handelen/">handelen</a>.</p>'
    assert "results" not in example
    assert example["quote"] == {"text": "Het werkt.", "name": "Els"}
    assert "contact" not in example

    page = PracticeExamplePageFactory._meta.model.objects.get(slug="met-contact")
    page.contact_consent = True
    page.save_revision().publish()
    example = get_json(anonymous_client, "practice-examples/met-contact")
    assert example["contact"] == {"name": "Piet", "email": "piet@example.nl"}


def test_unpublished_and_private_examples_are_not_found(examples, anonymous_client):
    problem(anonymous_client, "practice-examples/geheim", 404)
    problem(anonymous_client, "practice-examples/concept", 404)
    listed = slugs(get_json(anonymous_client, "practice-examples?pageSize=100"))
    assert "geheim" not in listed and "concept" not in listed
