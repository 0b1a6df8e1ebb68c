"""Where the site's "Wat nu?" pages are: for the link in every page's header, the button on the
home page, the pages' links to each other and a step's button to the incident note. Looked up
once per page-cache generation and site, so that no page spends a query on it."""

from dataclasses import dataclass

from wagtail.models import Site

from pagecache.fragments import Fragment

from .models import IncidentNotePage, WhatNowManagerPage, WhatNowPage

WHAT_NOW_LINKS = Fragment("what-now-links")


@dataclass(frozen=True)
class WhatNowLinks:
    url: str
    title: str
    home_text: str
    manager_url: str = ""
    manager_title: str = ""
    note_url: str = ""
    note_title: str = ""


def what_now_links(request):
    """The links of the site's live, public "Wat nu?" pages; None when there is no such page."""
    if request is None:
        return None
    site = Site.find_for_request(request)
    if site is None:
        return None
    return WHAT_NOW_LINKS.get(request, lambda: find_links(site, request), site.pk)


def find_links(site, request):
    page = WhatNowPage.objects.live().public().descendant_of(site.root_page).first()
    if page is None:
        return None
    manager = WhatNowManagerPage.objects.live().public().child_of(page).first()
    note = IncidentNotePage.objects.live().public().child_of(page).first()
    return WhatNowLinks(
        url=page.get_url(request),
        title=page.title,
        home_text=page.home_text,
        manager_url=manager.get_url(request) if manager else "",
        manager_title=manager.title if manager else "",
        note_url=note.get_url(request) if note else "",
        note_title=note.title if note else "",
    )
