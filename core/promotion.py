"""The visitor tools (the self-assessment, the protocol tool) are shown as a card on the pages
their editors chose in *aanbevolen op* (a `promoted_on` field on the tool's page type)."""


def tool_promoted_on(tool_model, page):
    """The live, public tool of this page type promoted on `page`, or None (one query)."""
    if page is None or not getattr(page, "pk", None):
        return None
    return (
        tool_model.objects.live()
        .public()
        .filter(promoted_on=page)
        .only("title", "url_path", "intro")
        .first()
    )
