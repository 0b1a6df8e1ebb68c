"""The external link checker against a web server of the test's own on 127.0.0.1, never the
internet: HEAD then GET, redirects, timeouts, schemes, and the spacing per host (issue 25)."""

import pytest

from links.checker import LinkChecker, user_agent
from tests.links.local_server import LocalServer

INTERVAL = 0.3


@pytest.fixture(scope="module")
def server():
    with LocalServer(slow_seconds=1.5) as running:
        yield running


@pytest.fixture
def checker(server):
    server.requests.clear()
    checker = LinkChecker(per_host_interval=INTERVAL, connect_timeout=1, read_timeout=0.5)
    yield checker
    checker.close()


def test_a_working_address_takes_one_head_request(server, checker):
    answer = checker.check(server.url("/ok"))
    assert (answer.status_code, answer.error, answer.ok) == (200, "", True)
    assert [(method, path) for method, path, *_ in server.requests] == [("HEAD", "/ok")]


def test_the_request_names_the_site(server, checker, settings):
    checker.check(server.url("/ok"))
    agent = server.requests[0][3]
    assert agent == user_agent()
    assert agent.startswith("VeiligPubliek-linkcontrole/") and settings.CANONICAL_BASE_URL in agent


def test_a_missing_page_is_a_failure_with_its_status(server, checker):
    answer = checker.check(server.url("/weg"))
    assert (answer.status_code, answer.ok) == (404, False)


@pytest.mark.parametrize("path", ["/no-head", "/not-implemented"])
def test_a_refused_head_is_followed_by_a_get(server, checker, path):
    answer = checker.check(server.url(path))
    assert (answer.status_code, answer.ok) == (200, True)
    assert [(method, p) for method, p, *_ in server.requests] == [("HEAD", path), ("GET", path)]


def test_redirects_are_followed_and_the_final_address_kept(server, checker):
    answer = checker.check(server.url("/moved-twice"))
    assert (answer.status_code, answer.ok) == (200, True)
    assert answer.final_url == server.url("/ok")
    assert [path for _, path, *_ in server.requests] == ["/moved-twice", "/moved", "/ok"]


def test_a_redirect_loop_stops(server, checker):
    answer = checker.check(server.url("/loop"))
    assert not answer.ok and "doorverwijzingen" in answer.error
    assert len(server.requests) == 6  # the first request and five redirects


def test_a_redirect_to_another_scheme_is_not_followed(server, checker):
    answer = checker.check(server.url("/to-ftp"))
    assert not answer.ok and "geen http" in answer.error
    assert len(server.requests) == 1


def test_a_slow_server_runs_into_the_read_timeout(server, checker):
    answer = checker.check(server.url("/slow"))
    assert answer.status_code is None and not answer.ok
    assert answer.error == "Geen antwoord binnen 0.5 seconden"


def test_a_closed_port_is_no_connection(checker):
    answer = checker.check("http://127.0.0.1:9/")
    assert answer.status_code is None and answer.error == "Geen verbinding met de server"


@pytest.mark.parametrize("url", ["ftp://example.org/", "file:///etc/passwd", "javascript:alert(1)"])
def test_other_schemes_are_refused_without_a_request(server, checker, url):
    answer = checker.check(url)
    assert not answer.ok and "Geen http" in answer.error
    assert server.requests == []


def gaps(times):
    return [later - earlier for earlier, later in zip(times, times[1:], strict=False)]


def test_requests_to_one_host_are_spaced(server, checker):
    for path in ["/ok", "/page/1", "/no-head", "/page/2"]:
        checker.check(server.url(path))
    times = [when for *_, when in server.requests]
    assert len(times) == 5  # /no-head took a HEAD and a GET
    assert min(gaps(times)) >= INTERVAL * 0.95


def test_another_host_does_not_wait_for_the_first(server, checker):
    checker.check(server.url("/ok", host="127.0.0.1"))
    checker.check(server.url("/ok", host="localhost"))
    first, second = (when for *_, when in server.requests)
    assert second - first < INTERVAL
