import pytest

from infographic.models import InfographicPage
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
