"""The visitor tools are shown as a card on the pages their editors chose in *aanbevolen op*
(``VisitorToolPage.promoted_on``)."""

from wagtail.models import get_page_models

from .pages import VisitorToolPage


def tool_page_types():
    """Every concrete visitor tool's page type, found by its base (this app names none)."""
    return [
        model
        for model in get_page_models()
        if issubclass(model, VisitorToolPage) and not model._meta.abstract
    ]


def tool_promoted_on(tool_model, page):
    """The live, public tool of this page type promoted on `page`, or None (one query)."""
    if page is None or not getattr(page, "pk", None):
        return None
    return (
        tool_model.objects.live()
        .public()
        .filter(promoted_on=page)
        .only("title", "slug", "url_path", "intro")
        .first()
    )


def tools_promoted_on(page):
    """Every tool promoted on `page`, in the order of the page types (one query per tool type)."""
    found = (tool_promoted_on(model, page) for model in tool_page_types())
    return [tool for tool in found if tool is not None]
