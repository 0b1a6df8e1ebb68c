"""The visitor tools share one base page and one teaser card (visitortools/)."""

import pytest
from django.template import Context, Template

from protocol.models import ProtocolToolPage
from selfassessment.models import SelfAssessmentPage
from tests.protocol.factories import ProtocolToolPageFactory
from tests.selfassessment.factories import SelfAssessmentPageFactory
from tests.themes.factories import ThemePageFactory
from visitortools.pages import VisitorToolPage
from visitortools.promotion import tool_page_types

pytestmark = pytest.mark.django_db

TEASERS = Template("{% load visitortools_tags %}{% visitor_tool_teasers page %}")


def test_both_tools_are_found_by_their_base_page():
    assert set(tool_page_types()) == {SelfAssessmentPage, ProtocolToolPage}
    for model in tool_page_types():
        assert issubclass(model, VisitorToolPage)
        names = {field.name for field in model._meta.get_fields()}
        assert {"intro", "privacy_note", "promoted_on"} <= names


def test_one_card_for_each_tool_recommended_on_the_page(home_page):
    theme = ThemePageFactory(parent=home_page, slug="beleid", title="Beleid maken")
    assessment = SelfAssessmentPageFactory(parent=home_page)
    tool = ProtocolToolPageFactory(parent=home_page)
    assert TEASERS.render(Context({"page": theme})).strip() == ""

    assessment.promoted_on.add(theme)
    assessment.save_revision().publish()
    html = TEASERS.render(Context({"page": theme}))
    assert html.count("<aside") == 1
    assert "Start de zelfinspectie" in html and assessment.intro in html

    tool.promoted_on.add(theme)
    tool.save_revision().publish()
    html = TEASERS.render(Context({"page": theme}))
    assert html.count("<aside") == 2
    assert "Begin met uw protocol" in html
    assert f'href="{tool.url}"' in html and f'href="{assessment.url}"' in html
    # Each card is labelled by its own heading.
    assert f'aria-labelledby="teaser-{tool.slug}"' in html
    assert f'id="teaser-{tool.slug}"' in html


def test_an_unpublished_tool_shows_no_card(home_page):
    theme = ThemePageFactory(parent=home_page, slug="beleid", title="Beleid maken")
    tool = ProtocolToolPageFactory(parent=home_page)
    tool.promoted_on.add(theme)
    tool.save_revision().publish()
    tool.unpublish()
    assert TEASERS.render(Context({"page": theme})).strip() == ""
    assert TEASERS.render(Context({"page": None})).strip() == ""
