"""Every page type of ours uses the page form that proposes a free address (issue 11, item 10)
and shows the go-live date on the Eigenschappen tab (item 8)."""

from wagtail.models import get_page_models

from core.forms import PageForm
from core.panels import PublishingSchedulePanel

OUR_APPS = {"home", "themes", "practice", "infographic", "news"}


def our_page_models():
    models = [model for model in get_page_models() if model._meta.app_label in OUR_APPS]
    assert len(models) >= 10
    return models


def test_every_page_type_uses_the_page_form():
    for model in our_page_models():
        assert issubclass(model.base_form_class, PageForm), model


def test_every_page_type_shows_the_publishing_schedule_on_the_promote_tab():
    for model in our_page_models():
        assert any(isinstance(panel, PublishingSchedulePanel) for panel in model.promote_panels), (
            model
        )
