"""The draft's blocks in templates, and a pointer to the tool that other apps' templates show."""

from django import template

from protocol.draft import BulletList, Paragraph, Table
from protocol.models import ProtocolToolPage

register = template.Library()

KINDS = {Paragraph: "paragraph", BulletList: "bullets", Table: "table"}


@register.filter
def draft_kind(block):
    """'paragraph', 'bullets' or 'table': which markup a block of the draft gets."""
    return KINDS[type(block)]


@register.inclusion_tag("protocol/includes/teaser.html")
def protocol_tool_teaser(page):
    """A card linking to the tool on the pages its editors chose (one query)."""
    if page is None or not getattr(page, "pk", None):
        return {"tool": None}
    tool = (
        ProtocolToolPage.objects.live()
        .public()
        .filter(promoted_on=page)
        .only("title", "url_path", "intro")
        .first()
    )
    return {"tool": tool}
