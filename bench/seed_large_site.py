"""Grow the demo site into a large one for the benchmark: 10,000 practice examples, 500 topic pages
and 1,000 news items. Run with manage.py shell after load_demo_content; writes the addresses to
measure and the SQL query count of each (page cache off, second request) as JSON to argv[1].

Usage: with the environment of the production settings, python bench/seed_large_site.py OUT.json
(bench/load.py runs it).
"""

import datetime
import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import django  # noqa: E402

django.setup()

from django.db import connection, transaction  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext, override_settings  # noqa: E402

from democontent.seed import bulk_create_examples  # noqa: E402
from democontent.streamfield import stream_json  # noqa: E402
from news.models import NewsIndexPage, NewsPage  # noqa: E402
from pagecache.purge import purge_site  # noqa: E402
from practice.models import PracticeExampleIndexPage  # noqa: E402
from themes.models import ThemePage, TopicPage  # noqa: E402

# BENCH_SCALE=0.1 seeds a tenth of this, for a quick run while iterating (bench/load.py).
SCALE = float(os.environ.get("BENCH_SCALE", "1"))
EXAMPLES, TOPICS, NEWS_ITEMS = (int(n * SCALE) for n in (10_000, 500, 1_000))


def seed():
    index = PracticeExampleIndexPage.objects.get()
    bulk_create_examples(index, EXAMPLES, seed=12)
    themes = list(ThemePage.objects.live().order_by("path"))
    with transaction.atomic():
        for number in range(TOPICS):
            theme = themes[number % len(themes)]
            theme.add_child(
                instance=TopicPage(
                    title=f"Onderwerp {number}: afspraken op de werkvloer",
                    slug=f"onderwerp-{number}",
                    intro="Wat u met uw team afspreekt over agressie.",
                    body=stream_json(
                        [("text", "<p>Uitleg over dit onderwerp, in een paar zinnen.</p>")]
                    ),
                )
            )
            theme.refresh_from_db()
        news_index = NewsIndexPage.objects.get()
        for number in range(NEWS_ITEMS):
            news_index.add_child(
                instance=NewsPage(
                    title=f"Nieuwsbericht {number} over veilig werken",
                    slug=f"bericht-{number}",
                    intro="Een korte inleiding op het nieuws.",
                    publication_date=datetime.date(2022, 1, 1) + datetime.timedelta(days=number),
                    body=stream_json([("text", "<p>De tekst van het bericht.</p>")]),
                )
            )
            news_index.refresh_from_db()
    purge_site()


def addresses():
    topic = TopicPage.objects.live().filter(slug=f"onderwerp-{TOPICS // 2}").first()
    example = index_example()
    news_item = NewsPage.objects.live().get(slug=f"bericht-{NEWS_ITEMS // 2}")
    theme = ThemePage.objects.live().order_by("path").first()
    return {
        "home": "/",
        "theme": theme.url,
        "topic": topic.url,
        "practice listing, 2 filters": "/ervaringen-uit-de-praktijk/?provincie=utrecht&agressie=verbaal",
        "practice example": example.url,
        "infographic": "/infographic/",
        "news item": news_item.url,
        "search": "/zoeken/?q=agressie",
    }


def index_example():
    from practice.models import PracticeExamplePage

    return PracticeExamplePage.objects.live().order_by("path")[EXAMPLES // 2]


@override_settings(PAGE_CACHE_ENABLED=False)
def query_counts(urls):
    client = Client(HTTP_HOST="127.0.0.1")
    counts = {}
    for name, url in urls.items():
        client.get(url)
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == 200, (url, response.status_code)
        counts[name] = len(queries)
    return counts


if __name__ == "__main__":
    seed()
    urls = addresses()
    Path(sys.argv[1]).write_text(json.dumps({"urls": urls, "queries": query_counts(urls)}))
