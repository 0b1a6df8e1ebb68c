import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext

from tests.home.factories import StandardPageFactory, site_home_page
from tests.infographic.factories import infographic_phase, infographic_step
from tests.practice.factories import PracticeExamplePageFactory
from tests.themes.factories import DocumentLibraryPageFactory, ThemePageFactory, TopicPageFactory

from .conftest import THREE_PHASES, build_three_phase_infographic, publish_phases

STEP_COUNT = sum(len(topics) for _title, _theme, _colour, topics in THREE_PHASES)


def main(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser").find("main")


def text(element):
    return " ".join(element.get_text().split())


def inline_scripts(page):
    """Script elements that would run code (JSON-LD structured data is no code)."""
    return page.find_all("script", src=False, type=lambda kind: kind != "application/ld+json")


class InfographicPageTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = site_home_page()
        cls.infographic = build_three_phase_infographic(cls.home)

    def test_every_phase_and_step_is_in_headed_ordered_lists_with_its_link(self):
        response = self.client.get("/infographic/")
        self.assertFalse(response.cookies)
        page = BeautifulSoup(response.content, "html.parser")
        self.assertEqual(len(page.find_all("h1")), 1)
        self.assertEqual(page.find_all(style=True), [])
        self.assertEqual(inline_scripts(page), [])
        diagram = page.main.select_one('[data-infographic="diagram"]')
        phases = diagram.select("ol.vp-infographic__phases > li")
        titles = [text(phase.select_one("h2.vp-infographic__phase-title")) for phase in phases]
        self.assertEqual(
            titles, [f"Fase {n}: {title}" for n, (title, *_rest) in enumerate(THREE_PHASES, 1)]
        )
        steps = diagram.select('ol.vp-infographic__steps > li.vp-infographic__step[id^="stap-"]')
        self.assertEqual(len(steps), STEP_COUNT)
        self.assertEqual(
            len(diagram.select("li.vp-infographic__step > h3.vp-infographic__step-title")),
            STEP_COUNT,
        )
        # The steps of Handelen link to its topic pages, in order.
        handelen = page.main.select_one("#fase-2")
        links = [link["href"] for link in handelen.select(".vp-infographic__more a")]
        _title, theme, _colour, topics = THREE_PHASES[1]
        self.assertEqual(links, [f"/{theme}/{topic}/" for topic in topics])
        self.assertIsNotNone(handelen.select_one("#stap-registreer-het-incident"))
        # The colour of its theme, as a class (never a style attribute).
        self.assertIn("vp-phase--oranje", handelen["class"])
        text_version = page.main.select('a[href="/infographic/?weergave=tekst"]')
        self.assertEqual([text(link) for link in text_version], ["Tekstversie"])

    def test_text_version_shows_the_same_lists_without_the_diagram(self):
        content = main(self.client.get("/infographic/?weergave=tekst"))
        self.assertIsNotNone(content.select_one('[data-infographic="tekst"]'))
        self.assertEqual(content.select("[data-infographic-panel]"), [])
        steps = content.select('li.vp-infographic__step[id^="stap-"]')
        self.assertEqual(len(steps), STEP_COUNT)
        self.assertIn("U bekijkt de tekstversie", text(content))
        back = content.select('a[href="/infographic/"]')
        self.assertEqual([text(link) for link in back], ["Naar de interactieve infographic"])

    def test_unknown_view_values_show_the_diagram(self):
        for query in ["weergave=%3Cscript%3E", "weergave=", "weergave=tekst&weergave=x"]:
            with self.subTest(query=query):
                response = self.client.get(f"/infographic/?{query}")
                content = main(response)
                self.assertIsNotNone(content.select_one('[data-infographic="diagram"]'))
                self.assertEqual(
                    inline_scripts(BeautifulSoup(response.content, "html.parser")),
                    [],
                )

    def test_related_practice_pages_are_listed_with_the_step(self):
        example = PracticeExamplePageFactory(title="Zo deden wij het")
        topic = TopicPageFactory(slug="blijf-in-contact")
        publish_phases(
            self.infographic,
            infographic_phase(
                "Nazorg", [infographic_step("Blijf in contact", topic, related=[example])]
            ),
        )
        content = main(self.client.get("/infographic/"))
        step = content.select_one("#stap-blijf-in-contact")
        self.assertEqual(
            text(step.select_one(".vp-infographic__related-title")), "Ervaringen uit de praktijk:"
        )
        related = step.select(".vp-infographic__related-list a")
        self.assertEqual(
            [(link["href"], text(link)) for link in related], [(example.url, example.title)]
        )
        more = step.select_one(".vp-infographic__more a")
        self.assertEqual(more["href"], topic.url)
        self.assertTrue(more["data-print-url"].startswith(("https://", "http://")))

    def test_home_page_shows_the_compact_version_with_links_to_each_step(self):
        content = main(self.client.get("/"))
        compact = content.select_one("section.vp-compact-infographic")
        self.assertEqual(text(compact.h2), "De aanpak in één oogopslag")
        links = compact.select('a[href^="/infographic/#stap-"]')
        self.assertEqual(len(links), STEP_COUNT)
        self.assertIn(
            ("/infographic/#stap-registreer-het-incident", "Registreer het incident"),
            [(link["href"], text(link)) for link in links],
        )
        self.assertEqual(content.select("[data-infographic]"), [])  # no script on the home page

    def test_home_page_hides_the_compact_version_without_a_live_infographic(self):
        self.infographic.unpublish()
        self.assertEqual(main(self.client.get("/")).select(".vp-compact-infographic"), [])

    def test_editors_can_switch_the_compact_version_off(self):
        self.assertTrue(main(self.client.get("/")).select(".vp-compact-infographic"))
        self.home.show_infographic = False
        self.home.save_revision().publish()
        content = main(self.client.get("/"))
        self.assertEqual(content.select(".vp-compact-infographic"), [])
        self.assertEqual(content.select('a[href^="/infographic/#stap-"]'), [])


def _large_phases(home):
    theme = ThemePageFactory(parent=home, slug="beleid-maken")
    pages = [TopicPageFactory(parent=theme) for _ in range(8)]
    # Pages of other types too: theme pages, service pages, the document library.
    pages += [
        ThemePageFactory(parent=home),
        StandardPageFactory(parent=home),
        DocumentLibraryPageFactory(parent=home),
    ]
    assert len({page.content_type_id for page in pages}) >= 3
    return [
        infographic_phase(
            f"Fase {number}",
            [
                infographic_step(
                    f"Stap {number}.{index}", pages[index % len(pages)], related=pages[-3:]
                )
                for index in range(12)
            ],
        )
        for number in range(6)
    ]


def _count_queries(client, path):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("path", "step_links"),
    [("/infographic/", 'li[id^="stap-"]'), ("/", 'a[href^="/infographic/#stap-"]')],
)
def test_query_count_does_not_grow_with_the_number_of_steps(
    anonymous_client, infographic, home_page, path, step_links
):
    topic = TopicPageFactory(slug="stel-een-norm")
    publish_phases(infographic, infographic_phase("Voorkomen", [infographic_step("Norm", topic)]))
    anonymous_client.get(path)  # warm up caches shared by every page (site root paths)
    assert len(main(anonymous_client.get(path)).select(step_links)) == 1
    small = _count_queries(anonymous_client, path)

    publish_phases(infographic, *_large_phases(home_page))
    assert len(main(anonymous_client.get(path)).select(step_links)) == 72
    large = _count_queries(anonymous_client, path)
    assert large == small, f"{path}: {small} queries with 1 step, {large} with 72 steps"
