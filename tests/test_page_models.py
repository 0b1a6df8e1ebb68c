"""House rules every page model follows, checked for all of them at once."""

import pytest
from django.apps import apps
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page

from veiligpubliek.apps import PROJECT_APPS

PAGE_MODELS = sorted(
    (
        model
        for model in apps.get_models()
        if issubclass(model, Page) and model._meta.app_label in PROJECT_APPS
    ),
    key=lambda model: model._meta.label,
)


def declared(model, attribute):
    return any(
        attribute in klass.__dict__
        for klass in model.__mro__
        if klass is not Page and issubclass(klass, Page)
    )


def field_panels(panels):
    for panel in panels:
        if isinstance(panel, FieldPanel):
            yield panel
        yield from field_panels(getattr(panel, "children", []))


@pytest.mark.parametrize("model", PAGE_MODELS, ids=[m._meta.label for m in PAGE_MODELS])
def test_page_model_states_where_it_lives_and_what_it_holds(model):
    assert declared(model, "parent_page_types"), "parent_page_types is not set"
    assert declared(model, "subpage_types"), "subpage_types is not set"


@pytest.mark.parametrize("model", PAGE_MODELS, ids=[m._meta.label for m in PAGE_MODELS])
def test_page_model_is_searchable_beyond_its_title(model):
    own = [field.field_name for field in model.search_fields]
    assert len(own) > len(Page.search_fields), "search_fields adds nothing to Page's"


@pytest.mark.parametrize("model", PAGE_MODELS, ids=[m._meta.label for m in PAGE_MODELS])
def test_every_own_field_in_the_editor_has_dutch_help_text(model):
    page_fields = {field.name for field in Page._meta.get_fields()}
    for panel in field_panels(model.content_panels):
        if panel.field_name in page_fields:
            continue
        field = model._meta.get_field(panel.field_name)
        assert field.help_text or panel.help_text, f"{panel.field_name} has no help text"
    assert str(model._meta.verbose_name) != model.__name__.lower(), "no Dutch verbose_name"
