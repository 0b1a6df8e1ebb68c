"""External links: which addresses live pages use, what a check stores, when an address counts as
broken, and the scheduled run against a server of the test's own (issue 25)."""

import datetime

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Page

from links.checker import LinkChecker
from links.external import check_due, collect_all, links_due
from links.extract import addresses_in_page
from links.models import BROKEN_AFTER, ExternalLink, ExternalLinkUse
from tests.core.factories import stream_json
from tests.editorial.factories import publish
from tests.links.local_server import LocalServer
from tests.practice.factories import PracticeExamplePageFactory, site_practice_index
from tests.themes.factories import TopicPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def server():
    with LocalServer(slow_seconds=1.5) as running:
        yield running


def topic_linking_to(*urls, title="Met externe links"):
    body = [("text", "".join(f'<p><a href="{url}">tekst</a></p>' for url in urls))]
    return publish(TopicPageFactory(title=title, body=stream_json(*body)))


def test_addresses_are_found_in_rich_text_blocks_lists_and_rich_text_fields(home_page):
    topic = TopicPageFactory(
        body=stream_json(
            (
                "text",
                '<p><a href="https://www.politie.nl/aangifte">aangifte</a>, '
                '<a href="mailto:a@example.nl">mail</a>, <a linktype="page" id="3">intern</a></p>',
            ),
            (
                "call_to_action",
                {"text": "Naar de Rijksoverheid", "url": "https://www.rijksoverheid.nl/"},
            ),
            (
                "related_links",
                {
                    "title": "Meer",
                    "links": [
                        {"text": "Slachtofferhulp", "url": "https://www.slachtofferhulp.nl/"},
                        {"text": "Telefoon", "url": "tel:0800"},
                    ],
                },
            ),
        )
    )
    assert addresses_in_page(topic) == [
        ("https://www.politie.nl/aangifte", "Inhoud"),
        ("https://www.rijksoverheid.nl/", "Inhoud"),
        ("https://www.slachtofferhulp.nl/", "Inhoud"),
    ]
    example = PracticeExamplePageFactory(
        parent=site_practice_index(),
        situation='<p>Zie <a href="http://www.gemeente.nl/protocol">het protocol</a>.</p>',
    )
    assert addresses_in_page(example) == [("http://www.gemeente.nl/protocol", "De situatie")]


def test_collecting_stores_each_address_once_with_its_live_pages(home_page):
    first = topic_linking_to("https://a.example/", "https://b.example/", title="Eerste")
    second = topic_linking_to("https://a.example/", title="Tweede")
    TopicPageFactory(
        live=False, body=stream_json(("text", '<p><a href="https://c.example/">c</a></p>'))
    )
    assert collect_all() == 2
    uses = ExternalLinkUse.objects.filter(link__url="https://a.example/")
    assert set(uses.values_list("page_id", flat=True)) == {first.pk, second.pk}
    assert ExternalLink.objects.get(url="https://b.example/").host == "b.example"

    Page.objects.get(pk=first.pk).specific.unpublish()
    assert not ExternalLinkUse.objects.filter(page_id=first.pk).exists()
    assert not ExternalLink.objects.filter(url="https://b.example/").exists()  # no page uses it


def test_publishing_a_page_stores_its_new_addresses_at_once(home_page):
    topic = topic_linking_to("https://oud.example/")
    topic = Page.objects.get(pk=topic.pk).specific
    topic.body = stream_json(("text", '<p><a href="https://nieuw.example/">nieuw</a></p>'))
    publish(topic)
    assert list(ExternalLink.objects.values_list("url", flat=True)) == ["https://nieuw.example/"]


def test_three_failures_in_a_row_mark_an_address_broken_and_one_success_clears_it(home_page):
    link = ExternalLink.objects.create(url="https://a.example/", host="a.example")
    day = timezone.now()
    for days in range(BROKEN_AFTER):
        assert not link.is_broken
        link.record(404, "", link.url, now=day + datetime.timedelta(days=days))
    assert link.is_broken and link.status_label == "Kapot"
    assert link.first_failed == day
    assert list(ExternalLink.objects.broken()) == [link]
    link.record(200, "", link.url)
    assert (link.failures_in_a_row, link.first_failed, link.status_label) == (0, None, "Werkt")


def test_an_error_without_status_is_a_failure_and_says_why():
    link = ExternalLink(url="https://a.example/", host="a.example")
    link.record(None, "Server niet gevonden", link.url)
    assert link.failures_in_a_row == 1 and link.answer == "Server niet gevonden"
    assert link.status_label == "Mislukt (1 keer)"
    link.record(500, "", link.url)
    assert link.status_label == "Mislukt (2 keer op rij)"


def test_a_run_takes_the_hosts_in_turn_within_its_limits(db):
    for host in ["a.example", "b.example"]:
        for n in range(3):
            ExternalLink.objects.create(url=f"https://{host}/{n}", host=host)
    due = links_due(limit=4, per_host_limit=2)
    assert [link.url for link in due] == [
        "https://a.example/0",
        "https://b.example/0",
        "https://a.example/1",
        "https://b.example/1",
    ]
    assert len(links_due(limit=10, per_host_limit=2)) == 4


def test_recently_checked_addresses_wait_and_the_oldest_go_first(db):
    now = timezone.now()
    fresh = ExternalLink.objects.create(
        url="https://a.example/vers", host="a.example", last_checked=now
    )
    old = ExternalLink.objects.create(
        url="https://a.example/oud", host="a.example", last_checked=now - datetime.timedelta(days=3)
    )
    new = ExternalLink.objects.create(url="https://a.example/nieuw", host="a.example")
    assert links_due(limit=10, per_host_limit=10) == [new, old]
    assert fresh not in links_due(limit=10, per_host_limit=10)


def test_a_run_checks_and_stores_the_answers(server, home_page):
    topic_linking_to(
        server.url("/ok"), server.url("/weg"), server.url("/no-head"), server.url("/moved")
    )
    collect_all()
    checker = LinkChecker(per_host_interval=0.05, read_timeout=1)
    result = check_due(limit=10, per_host_limit=10, checker=checker)
    assert (result.checked, result.failed) == (4, 1)
    stored = {link.url: link for link in ExternalLink.objects.all()}
    assert stored[server.url("/ok")].status_code == 200
    assert stored[server.url("/weg")].status_code == 404
    assert stored[server.url("/weg")].failures_in_a_row == 1
    assert stored[server.url("/no-head")].status_code == 200
    assert stored[server.url("/moved")].final_url == server.url("/ok")
    assert all(link.last_checked for link in stored.values())


def test_a_run_stops_when_its_time_is_up(server, home_page):
    topic_linking_to(server.url("/page/1"), server.url("/page/2"))
    collect_all()
    checker = LinkChecker(per_host_interval=0.05)
    result = check_due(limit=10, per_host_limit=10, checker=checker, max_seconds=-1)
    assert (result.checked, result.left_for_next_run) == (0, 2)


def test_the_command_collects_and_checks_with_a_limit(server, home_page, settings, capsys):
    settings.LINK_CHECK_PER_HOST_INTERVAL = 0.05
    topic_linking_to(server.url("/page/1"), server.url("/page/2"), server.url("/page/3"))
    server.requests.clear()
    call_command("check_external_links", limit=2)
    out = capsys.readouterr().out
    assert "Externe links op pagina's, fragmenten en instellingen: 3." in out
    assert "Gecontroleerd: 2, mislukt: 0." in out
    assert len(server.requests) == 2
    assert ExternalLink.objects.filter(last_checked__isnull=True).count() == 1


def test_the_scheduler_runs_the_check_once_a_night(home_page, monkeypatch, capsys):
    night = timezone.localtime().replace(hour=3, minute=5, second=0, microsecond=0)
    for minute in range(2):
        now = night + datetime.timedelta(minutes=minute)
        monkeypatch.setattr("core.scheduling.timezone.now", lambda now=now: now)
        call_command("publish_scheduled_once")
    # LINK_CHECK_LIMIT is 0 in the test settings: the run only collects, and says so once.
    assert (
        capsys.readouterr().out.count("Externe links op pagina's, fragmenten en instellingen") == 1
    )
