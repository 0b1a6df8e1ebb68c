"""Redis only speeds the site up: with REDIS_URL pointing at a Redis that does not answer, every
page is still served (rendered, not from the cache), and recovery needs nothing. The settings are
the production ones of veiligpubliek/settings/base.py, pointed at a closed port on this machine."""

import pytest
from django.test import override_settings

from tests.ports import unused_port

from .conftest import get

pytestmark = pytest.mark.django_db


def redis_settings(url):
    """The CACHES of settings/base.py for this REDIS_URL."""
    import os
    from importlib import reload

    from veiligpubliek.settings import base

    previous = os.environ.get("REDIS_URL")
    os.environ["REDIS_URL"] = url
    try:
        return reload(base).CACHES
    finally:
        if previous is None:
            del os.environ["REDIS_URL"]
        else:
            os.environ["REDIS_URL"] = previous
        reload(base)


def test_the_one_cache_setting_ignores_a_failing_redis_within_milliseconds():
    caches = redis_settings("redis://127.0.0.1:6390/0")
    assert list(caches) == ["default"]
    options = caches["default"]["OPTIONS"]
    assert caches["default"]["BACKEND"] == "django_redis.cache.RedisCache"
    assert options["IGNORE_EXCEPTIONS"] is True
    assert options["SOCKET_CONNECT_TIMEOUT"] <= 0.5 and options["SOCKET_TIMEOUT"] <= 0.5


def test_every_page_is_served_when_redis_does_not_answer(cache_site, visitor):
    caches = redis_settings(f"redis://127.0.0.1:{unused_port()}/0")
    with override_settings(CACHES=caches):
        for url in ["/", "/voorkomen/", "/voorkomen/grenzen/", "/praktijk/", "/robots.txt"]:
            first = get(visitor, url)
            assert first.status_code == 200, url
            # Nothing could be stored, so the next visitor gets a freshly rendered page too.
            assert get(visitor, url)["X-Cache"] == "MISS", url
        assert get(visitor, "/zoeken/?q=grenzen").status_code == 200


def test_readiness_stays_and_names_the_down_redis(db):
    """Every replica shares Redis; making them all unready for it would be a full outage."""
    from django.test import Client

    caches = redis_settings(f"redis://127.0.0.1:{unused_port()}/0")
    with override_settings(CACHES=caches):
        response = Client().get("/readyz")
    assert response.status_code == 200
    assert response.content.decode() == "ok; verminderd: cache default"
