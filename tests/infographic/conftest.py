import pytest

from infographic.models import InfographicPage
from tests.database import load_demo_content, rolled_back  # TEMPORARY, see below
from tests.infographic.factories import infographic_phases


@pytest.fixture
def infographic(db):
    """The infographic of the demo content, at /infographic/."""
    return InfographicPage.objects.get()


def publish_phases(page, *phases):
    page.phases = infographic_phases(*phases)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def step_anchors(page):
    return [step["anchor"] for phase in page.phases.raw_data for step in _steps(phase)]


def _steps(phase):
    return [item["value"] for item in phase["value"]["steps"]]


# TEMPORARY (branch tests-a): the tests in this directory still read the demo content; it is
# loaded once for the directory, in a transaction rolled back after its last test. Delete this
# fixture once the directory's tests build their own data (branch tests-b).
@pytest.fixture(scope="package", autouse=True)
def _temporary_demo_content(django_db_setup, django_db_blocker):
    with rolled_back(django_db_blocker):
        load_demo_content()
        yield
