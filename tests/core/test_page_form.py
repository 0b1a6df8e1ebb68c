"""Every page type of ours inherits the site's base page (core/pages.py): the page form that
proposes a free address (issue 11, item 10), the go-live date on the Eigenschappen tab (item 8)."""

from wagtail.models import get_page_models

from core.forms import PageForm
from core.pages import SitePage
from core.panels import PublishingSchedulePanel
from veiligpubliek.apps import PROJECT_APPS


def our_page_models():
    models = [model for model in get_page_models() if model._meta.app_label in PROJECT_APPS]
    assert len(models) >= 12
    return models


def test_every_page_type_inherits_the_site_page():
    for model in our_page_models():
        assert issubclass(model, SitePage), model


def test_every_page_type_uses_the_page_form():
    for model in our_page_models():
        assert issubclass(model.base_form_class, PageForm), model


def test_every_page_type_shows_the_publishing_schedule_on_the_promote_tab():
    for model in our_page_models():
        assert any(isinstance(panel, PublishingSchedulePanel) for panel in model.promote_panels), (
            model
        )


def test_wagtails_own_page_is_left_as_it_is():
    """The schedule panel is ours, on our base page; Wagtail's Page is not patched."""
    from wagtail.models import Page

    assert not any(isinstance(panel, PublishingSchedulePanel) for panel in Page.promote_panels)
