"""The draft's blocks in templates, and the tool's links that the infographic shows."""

from django import template
from django.db.models import F

from protocol.draft import BulletList, Paragraph, Table
from protocol.models import ProtocolToolPage

register = template.Library()

KINDS = {Paragraph: "paragraph", BulletList: "bullets", Table: "table"}


@register.filter
def draft_kind(block):
    """'paragraph', 'bullets' or 'table': which markup a block of the draft gets."""
    return KINDS[type(block)]


@register.simple_tag
def protocol_tools_by_page():
    """{page id: the tool promoted on it}, for a page that shows many pages' links (one query).

    The infographic uses it to link the step of a promoted topic to the tool.
    """
    tools = (
        ProtocolToolPage.objects.live()
        .public()
        .filter(promoted_on__isnull=False)
        .annotate(promoted_page_id=F("promoted_on"))
        .only("title", "url_path")
    )
    return {tool.promoted_page_id: tool for tool in tools}


@register.filter
def tool_for(tools_by_page, page):
    """The tool promoted on page, from protocol_tools_by_page; nothing outside such a page."""
    if not isinstance(tools_by_page, dict):
        return None
    return tools_by_page.get(getattr(page, "pk", page))


@register.filter
def column_name(header, index):
    """The name of a table's column (for the label before a value on a narrow screen)."""
    return header[index] if 0 <= index < len(header) else ""
