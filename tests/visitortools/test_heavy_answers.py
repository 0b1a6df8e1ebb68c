"""The tools' files may not crowd out the pages (visitortools/heavy.py)."""

import pytest

from protocol import state
from tests.protocol.test_downloads import answers, download
from visitortools import heavy

pytestmark = pytest.mark.django_db


@pytest.fixture
def tool(home_page):
    from tests.protocol.factories import ProtocolToolPageFactory

    return ProtocolToolPageFactory(parent=home_page)


def test_a_file_is_made_while_a_slot_is_free(anonymous_client, tool):
    response = download(anonymous_client, tool, "pdf")
    assert response.status_code == 200
    assert response.content.startswith(b"%PDF-")


def test_when_every_slot_of_the_replica_is_busy_the_answer_is_503_with_retry_after(
    anonymous_client, tool
):
    with heavy.slot() as free:  # another worker of this replica is making a file
        assert free
        response = download(anonymous_client, tool, "pdf")
    assert response.status_code == 503
    assert response["Retry-After"] == "5"
    assert "Het is even druk" in response.content.decode()
    # The slot is free again: the same request now gets its file.
    assert download(anonymous_client, tool, "pdf").status_code == 200


def test_a_client_that_asks_too_often_gets_429_with_retry_after(anonymous_client, tool, settings):
    settings.HEAVY_ANSWERS_PER_MINUTE = 3
    statuses = [download(anonymous_client, tool, "odt").status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]
    refused = download(anonymous_client, tool, "odt")
    assert refused["Retry-After"] == "60"
    assert "Even wachten" in refused.content.decode()
    # Another address is counted on its own.
    other = anonymous_client.post(
        f"{tool.url}concept/odt/",
        {state.FIELD_NAME: state.dump(answers())},
        REMOTE_ADDR="198.51.100.20",
    )
    assert other.status_code == 200


def test_the_self_assessment_pdf_is_limited_too(anonymous_client, home_page):
    from tests.selfassessment.factories import SelfAssessmentPageFactory, query

    page = SelfAssessmentPageFactory(parent=home_page)
    answers = query(norm="ja", zichtbaar="ja", gesprek="ja")
    with heavy.slot():
        response = anonymous_client.get(f"{page.url}resultaat/pdf/", answers)
    assert response.status_code == 503
