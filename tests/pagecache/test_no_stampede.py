"""After a change, one request renders a page anew while the others get the copy from before.

"Another request is rendering" is played by holding that page's claim, as that request would.
The benchmark (bench/publish_stampede.py) measures the effect under load.
"""

import pytest
from django.test import RequestFactory

from pagecache.keys import page_key
from pagecache.rendering_claims import claim_rendering, release_rendering
from pagecache.replica_slots import replica_slot

from .conftest import HOST, get, warm

pytestmark = pytest.mark.django_db

TOPIC = "/voorkomen/grenzen/"


def key_of(url):
    return page_key(RequestFactory().get(url, HTTP_HOST=HOST), HOST)


def publish_new_title(page, title):
    page.title = title
    page.save_revision().publish()


def test_while_one_request_renders_the_others_get_the_copy_from_before(cache_site, visitor):
    warm(visitor, TOPIC)
    publish_new_title(cache_site.topic, "Grenzen stellen, bijgewerkt")
    assert claim_rendering(key_of(TOPIC))  # someone else renders it now
    try:
        response = get(visitor, TOPIC)
        assert response["X-Cache"] == "STALE"
        assert "bijgewerkt" not in response.content.decode()
    finally:
        release_rendering(key_of(TOPIC))
    fresh = get(visitor, TOPIC)
    assert fresh["X-Cache"] == "MISS" and "bijgewerkt" in fresh.content.decode()
    assert get(visitor, TOPIC)["X-Cache"] == "HIT"


def test_the_first_request_after_a_change_renders_and_releases_its_claim(cache_site, visitor):
    warm(visitor, TOPIC)
    publish_new_title(cache_site.topic, "Grenzen stellen, nieuw")
    assert "nieuw" in get(visitor, TOPIC).content.decode()
    # Its claim is gone: the next change is rendered by the next request again.
    publish_new_title(cache_site.topic, "Grenzen stellen, nog nieuwer")
    response = get(visitor, TOPIC)
    assert response["X-Cache"] == "MISS" and "nog nieuwer" in response.content.decode()


def test_an_unpublished_page_is_not_served_from_before_once_it_was_rendered(cache_site, visitor):
    warm(visitor, TOPIC)
    cache_site.topic.unpublish()
    assert visitor.get(TOPIC).status_code == 404
    # The old copy is gone, so even while another request holds the claim, nobody gets it.
    assert claim_rendering(key_of(TOPIC))
    try:
        assert visitor.get(TOPIC).status_code == 404
    finally:
        release_rendering(key_of(TOPIC))


def test_a_claim_is_held_by_one_request_at_a_time(cache_site):
    key = key_of(TOPIC)
    assert claim_rendering(key)
    assert not claim_rendering(key)
    release_rendering(key)
    assert claim_rendering(key)
    release_rendering(key)


def test_while_the_replica_renders_another_page_the_copy_from_before_is_served(
    cache_site, visitor, settings
):
    """A publish makes every page out of date at once: a replica renders them one at a time
    (PAGE_CACHE_RENDERS_AT_ONCE), so cached pages never queue behind a wave of renders."""
    settings.PAGE_CACHE_RENDERS_AT_ONCE = 1
    warm(visitor, TOPIC)
    publish_new_title(cache_site.topic, "Grenzen stellen, nu")
    with replica_slot("page-renders", 1) as taken:
        assert taken  # another request of this replica renders some other page now
        response = get(visitor, TOPIC)
        assert response["X-Cache"] == "STALE"
        assert "Grenzen stellen, nu" not in parse_title(response)
    fresh = get(visitor, TOPIC)  # the slot is free again, and this page's claim was let go
    assert fresh["X-Cache"] == "MISS" and "Grenzen stellen, nu" in parse_title(fresh)


def parse_title(response):
    return response.content.decode().split("<title>", 1)[1].split("</title>", 1)[0]
