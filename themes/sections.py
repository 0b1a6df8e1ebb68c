"""A topic's section: its theme and the links to all topics of the theme.

The same for every topic of the theme and every visitor, so kept per generation and theme (a
theme can have a hundred topics). The topic page marks its own link in the template.
"""

from dataclasses import dataclass

from wagtail.models import Page

from pagecache.fragments import Fragment

THEME_SECTIONS = Fragment("theme-section")


@dataclass(frozen=True)
class TopicLink:
    """A topic in the section navigation and the pager of its theme."""

    pk: int
    title: str
    url: str


def theme_section(topic, request):
    """(the theme page, [TopicLink, ...]) for a topic page."""

    def compute():
        theme = topic.get_parent().specific
        topics = theme.topics() if hasattr(theme, "topics") else []
        return theme, [TopicLink(page.pk, page.title, page.get_url(request)) for page in topics]

    if request is None or not topic.pk:  # a preview of a new topic
        return compute()
    return THEME_SECTIONS.get(request, compute, topic.path[: -Page.steplen], request.get_host())
