"""External links: which live page, snippet or setting uses which web address, and the scheduled
checks.

``collect_all`` reads every live page (one query per page type) and every snippet and setting,
and brings ``ExternalLink``, ``ExternalLinkUse`` and ``ExternalLinkObjectUse`` in line;
publishing or unpublishing one page, or saving or deleting one snippet or setting, does the same
for that one (signals.py), so a new address is listed at once and checked on the next run.

``check_due`` checks the addresses checked longest ago (never checked first), a few per host,
the hosts taken in turn, within a time budget: the scheduler that runs it also publishes pages
every minute, and another site is not asked more than a few times per run.
"""

import time
from collections import defaultdict
from dataclasses import dataclass
from datetime import timedelta
from urllib.parse import urlsplit

from django.conf import settings
from django.db.models import F, Q
from django.utils import timezone
from wagtail.models import Page

from .checker import LinkChecker
from .extract import addresses_in_object, addresses_in_page
from .models import ExternalLink, ExternalLinkObjectUse, ExternalLinkUse
from .objects import key_of, object_models

MAX_URL_LENGTH = ExternalLink._meta.get_field("url").max_length

# Every value can be set in the settings as LINK_CHECK_<NAME>.
DEFAULTS = {
    "LIMIT": 100,  # addresses per run
    "PER_HOST_LIMIT": 10,  # addresses of one host per run
    "PER_HOST_INTERVAL": 3.0,  # seconds between two requests to one host
    "CONNECT_TIMEOUT": 3.0,
    "READ_TIMEOUT": 5.0,
    "MAX_SECONDS": 120,  # a run stops checking after this, whatever is left
    "RECHECK_AFTER_HOURS": 20,  # a daily run checks each address at most once
}


def setting(name):
    return getattr(settings, f"LINK_CHECK_{name}", DEFAULTS[name])


def host_of(url):
    return (urlsplit(url).hostname or "").lower()


def collect_all():
    """Brings the stored addresses in line with every live page and every snippet and setting;
    returns how many addresses there are."""
    wanted = set()
    for page in Page.objects.live().specific():
        wanted |= {(url, page.pk, field) for url, field in addresses_in_page(page)}
    _store_uses(wanted, ExternalLinkUse.objects.all())
    wanted = set()
    for model in object_models():
        for instance in model._default_manager.all():
            wanted |= _object_uses(instance)
    _store_object_uses(wanted, ExternalLinkObjectUse.objects.all())
    _forget_unused_links()
    return ExternalLink.objects.count()


def sync_page(page):
    """The addresses of one page (its specific instance), or none when it is not live."""
    addresses = addresses_in_page(page) if page.live else []
    wanted = {(url, page.pk, field) for url, field in addresses}
    _store_uses(wanted, ExternalLinkUse.objects.filter(page_id=page.pk))
    _forget_unused_links()


def sync_object(instance, deleted=False):
    """The addresses of one snippet or setting, or none when it is being deleted."""
    content_type_id, object_id = key_of(instance)
    wanted = set() if deleted else _object_uses(instance)
    current = ExternalLinkObjectUse.objects.filter(
        content_type_id=content_type_id, object_id=object_id
    )
    _store_object_uses(wanted, current)
    _forget_unused_links()


def _object_uses(instance):
    content_type_id, object_id = key_of(instance)
    return {
        (url, content_type_id, object_id, field) for url, field in addresses_in_object(instance)
    }


def _link_ids(wanted):
    """Stores the addresses among ``wanted`` (tuples that start with the address) that are new;
    returns {address: id} of all of them."""
    urls = {use[0] for use in wanted}
    ExternalLink.objects.bulk_create(
        [ExternalLink(url=url, host=host_of(url)) for url in urls], ignore_conflicts=True
    )
    return dict(ExternalLink.objects.filter(url__in=urls).values_list("url", "pk"))


def _store_uses(wanted, current_uses):
    wanted = {use for use in wanted if len(use[0]) <= MAX_URL_LENGTH}
    link_ids = _link_ids(wanted)
    wanted_keys = {(link_ids[url], page_id, field) for url, page_id, field in wanted}
    current = {
        (link_id, page_id, field): pk
        for pk, link_id, page_id, field in current_uses.values_list(
            "pk", "link_id", "page_id", "field"
        )
    }
    gone = [pk for key, pk in current.items() if key not in wanted_keys]
    ExternalLinkUse.objects.filter(pk__in=gone).delete()
    ExternalLinkUse.objects.bulk_create(
        [
            ExternalLinkUse(link_id=link_id, page_id=page_id, field=field)
            for link_id, page_id, field in wanted_keys - current.keys()
        ],
        ignore_conflicts=True,
    )


def _store_object_uses(wanted, current_uses):
    wanted = {use for use in wanted if len(use[0]) <= MAX_URL_LENGTH}
    link_ids = _link_ids(wanted)
    wanted_keys = {(link_ids[url], *place) for url, *place in wanted}
    current = {
        (link_id, content_type_id, object_id, field): pk
        for pk, link_id, content_type_id, object_id, field in current_uses.values_list(
            "pk", "link_id", "content_type_id", "object_id", "field"
        )
    }
    gone = [pk for key, pk in current.items() if key not in wanted_keys]
    ExternalLinkObjectUse.objects.filter(pk__in=gone).delete()
    ExternalLinkObjectUse.objects.bulk_create(
        [
            ExternalLinkObjectUse(
                link_id=link_id, content_type_id=content_type_id, object_id=object_id, field=field
            )
            for link_id, content_type_id, object_id, field in wanted_keys - current.keys()
        ],
        ignore_conflicts=True,
    )


def _forget_unused_links():
    ExternalLink.objects.filter(uses__isnull=True, object_uses__isnull=True).delete()


def links_due(limit, per_host_limit, now=None):
    """Up to ``limit`` addresses to check now, at most ``per_host_limit`` of one host, ordered
    so that the hosts take turns (the throttle then rarely has to wait)."""
    now = now or timezone.now()
    recheck_before = now - timedelta(hours=setting("RECHECK_AFTER_HOURS"))
    candidates = ExternalLink.objects.filter(
        Q(last_checked__isnull=True) | Q(last_checked__lt=recheck_before)
    ).order_by(F("last_checked").asc(nulls_first=True), "pk")
    per_host = defaultdict(list)
    for link in candidates.iterator():
        if len(per_host[link.host]) < per_host_limit:
            per_host[link.host].append(link)
    queues = list(per_host.values())
    ordered = []
    while len(ordered) < limit and any(queues):
        for queue in queues:
            if queue and len(ordered) < limit:
                ordered.append(queue.pop(0))
    return ordered


@dataclass
class RunResult:
    checked: int = 0
    failed: int = 0
    left_for_next_run: int = 0


def check_due(limit=None, per_host_limit=None, checker=None, max_seconds=None):
    limit = setting("LIMIT") if limit is None else limit
    per_host_limit = setting("PER_HOST_LIMIT") if per_host_limit is None else per_host_limit
    max_seconds = setting("MAX_SECONDS") if max_seconds is None else max_seconds
    own_checker = checker is None
    checker = checker or LinkChecker(
        per_host_interval=setting("PER_HOST_INTERVAL"),
        connect_timeout=setting("CONNECT_TIMEOUT"),
        read_timeout=setting("READ_TIMEOUT"),
    )
    started = time.monotonic()
    due = links_due(limit, per_host_limit)
    result = RunResult()
    try:
        for index, link in enumerate(due):
            if time.monotonic() - started > max_seconds:
                result.left_for_next_run = len(due) - index
                break
            answer = checker.check(link.url)
            link.record(answer.status_code, answer.error, answer.final_url)
            result.checked += 1
            result.failed += 0 if answer.ok else 1
    finally:
        if own_checker:
            checker.close()
    return result
