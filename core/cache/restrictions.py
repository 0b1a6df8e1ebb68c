"""Private sections for PageQuerySet.public(), from the cache.

Wagtail's public() reads every PageViewRestriction each time it is called, and a page calls it
several times (navigation, listings, related pages). The paths of the private sections are kept
per generation instead; adding or removing a restriction bumps the generation.
"""

from django.db.models import Q
from wagtail.query import PageQuerySet

from . import fragments


def _private_section_paths():
    from wagtail.models import PageViewRestriction

    return sorted(set(PageViewRestriction.objects.values_list("page__path", flat=True).distinct()))


def cached_private_q(queryset):
    q = Q()
    for path in fragments.for_process("private-sections", _private_section_paths):
        q |= Q(path__startswith=path)
    # As Wagtail does: match no page if no private section exists.
    return q if q else Q(pk__in=[])


def install():
    PageQuerySet.private_q = cached_private_q
