"""The shared block library: every page body on the site is built from these blocks."""

from wagtail import blocks

from .layout import AccordionBlock, CalloutBlock, ChecklistBlock, StepsBlock
from .links import CallToActionBlock, ContactCardBlock, LinkBlock, RelatedLinksBlock
from .media import DocumentDownloadBlock, ImageBlock, VideoBlock
from .text import HeadingBlock, ParagraphBlock, QuoteBlock, SummaryPointBlock, TableBlock

__all__ = [
    "AccordionBlock",
    "BodyStreamBlock",
    "CallToActionBlock",
    "CalloutBlock",
    "ChecklistBlock",
    "ContactCardBlock",
    "DocumentDownloadBlock",
    "HeadingBlock",
    "ImageBlock",
    "LinkBlock",
    "ParagraphBlock",
    "QuoteBlock",
    "RelatedLinksBlock",
    "StepsBlock",
    "SummaryPointBlock",
    "TableBlock",
    "VideoBlock",
]


class BodyStreamBlock(blocks.StreamBlock):
    """The body of theme, topic and service pages."""

    heading = HeadingBlock()
    text = ParagraphBlock()
    image = ImageBlock()
    quote = QuoteBlock()
    callout = CalloutBlock()
    checklist = ChecklistBlock()
    steps = StepsBlock()
    accordion = AccordionBlock()
    table = TableBlock()
    call_to_action = CallToActionBlock()
    document = DocumentDownloadBlock()
    video = VideoBlock()
    contact_card = ContactCardBlock()
    related_links = RelatedLinksBlock()
