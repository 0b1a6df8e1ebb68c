"""Private sections from the cache, for PageQuerySet.public() and for serving a page.

Wagtail's public() reads every PageViewRestriction each time it is called, and a page calls it
several times (navigation, listings, related pages). Serving a page costs two more queries (its
ancestors, then their restrictions). The paths of the private sections are kept per generation
instead; adding or removing a restriction, or any page, bumps the generation.

Our base page (core/pages.py) asks ``may_skip_restriction_check`` before it looks up its own
restrictions. Wagtail's query set has no such hook, so ``install`` replaces its ``private_q``:
the one patch of Wagtail left (it changes which query is run, never which pages are public).
"""

from django.db.models import Q
from wagtail.models import Page, PageViewRestriction
from wagtail.query import PageQuerySet

from .fragments import Fragment

PRIVATE_SECTIONS = Fragment("private-sections")
VIEW_RESTRICTION_CHECKS = Fragment("view-restriction-checks")


def _private_section_paths():
    return sorted(set(PageViewRestriction.objects.values_list("page__path", flat=True).distinct()))


def _sections_needing_a_check():
    """Private sections, and aliases anywhere: an alias takes the restrictions of its source,
    which may be elsewhere in the tree."""
    aliases = Page.objects.filter(alias_of__isnull=False).values_list("path", flat=True)
    return sorted({*_private_section_paths(), *aliases})


def cached_private_q(queryset):
    q = Q()
    for path in PRIVATE_SECTIONS.get(None, _private_section_paths):
        q |= Q(path__startswith=path)
    # As Wagtail does: match no page if no private section exists.
    return q if q else Q(pk__in=[])


def may_skip_restriction_check(page):
    """True for a page outside every private section that is no alias: it has no restrictions,
    and Wagtail need not query its ancestors to find that out."""
    paths = VIEW_RESTRICTION_CHECKS.get(None, _sections_needing_a_check)
    return page.alias_of_id is None and bool(page.path) and not page.path.startswith(tuple(paths))


def install():
    PageQuerySet.private_q = cached_private_q
