import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from practice.models import (
    AggressionType,
    OrganisationType,
    PracticeExampleIndexPage,
    Province,
    WorkSetting,
)
from practice.roles import BZK_EDITORS, MUNICIPAL_EDITORS
from tests.database import load_demo_content, rolled_back  # TEMPORARY, see below
from themes.models import ThemePage

LISTING_URL = "/ervaringen-uit-de-praktijk/"


@pytest.fixture
def index_page(db):
    return PracticeExampleIndexPage.objects.get()


def client_for(username):
    client = Client()
    client.force_login(get_user_model().objects.get(username=username))
    return client


@pytest.fixture
def municipal_client(db):
    user = get_user_model().objects.get(username="gemeente")
    assert user.groups.filter(name=MUNICIPAL_EDITORS).exists()
    return client_for("gemeente")


@pytest.fixture
def bzk_client(db):
    user = get_user_model().objects.get(username="redactie")
    assert user.groups.filter(name=BZK_EDITORS).exists()
    return client_for("redactie")


def example_form_data(title="Proefdorp spreekt af wie de dader belt", **overrides):
    """POST data of the admin's add/edit form for a practice example, as the browser sends it."""
    data = nested_form_data(
        {
            "title": title,
            "slug": overrides.pop("slug", "proefdorp-spreekt-af-wie-de-dader-belt"),
            "lead": "Gemeente Proefdorp belt elke dader binnen een dag. Dat werkt.",
            "organisation_name": "Gemeente Proefdorp",
            "organisation_type": OrganisationType.objects.get(slug="gemeente").pk,
            "situation": rich_text("<p>Medewerkers werden vaak uitgescholden.</p>"),
            "approach": rich_text("<p>De teamleider belt de dader dezelfde dag.</p>"),
            "results": rich_text("<p>Er zijn minder incidenten.</p>"),
            "lessons": rich_text("<ul><li>Bel snel.</li></ul>"),
            "quote_text": "",
            "quote_name": "",
            "quote_role": "",
            "contact_name": "",
            "contact_role": "",
            "contact_email": "",
            "contact_phone": "",
            "documents": streamfield([]),
            "publication_date": "2026-11-01",
            "comments": inline_formset([]),
        }
    )
    data.update(
        provinces=[Province.objects.get(slug="utrecht").pk],
        themes=[ThemePage.objects.get(slug="nazorg").pk],
        aggression_types=[AggressionType.objects.get(slug="verbaal").pk],
        work_settings=[WorkSetting.objects.get(slug="balie-en-loket").pk],
    )
    data.update(overrides)
    return data


# TEMPORARY (branch tests-a): the tests in this directory still read the demo content; it is
# loaded once for the directory, in a transaction rolled back after its last test. Delete this
# fixture once the directory's tests build their own data (branch tests-b).
@pytest.fixture(scope="package", autouse=True)
def _temporary_demo_content(django_db_setup, django_db_blocker):
    with rolled_back(django_db_blocker):
        load_demo_content()
        yield
