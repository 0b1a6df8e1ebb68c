"""Demo content of the news app: Actueel and its news items (news/demo_content.py)."""

import datetime
import re

from home.demo import add_child, stream
from news.demo_content import NEWS_ITEMS
from news.models import NewsIndexPage, NewsPage

HEADING = re.compile(r"<h2>(.*?)</h2>")


def load(state, report):
    index = add_child(
        state["home"],
        NewsIndexPage(
            title="Actueel",
            slug="actueel",
            intro=(
                "Nieuws over het voorkomen en aanpakken van agressie tegen medewerkers met een "
                "publieke taak. Het nieuwste bericht staat bovenaan."
            ),
            show_in_menus=True,
        ),
        report,
    )
    for item in NEWS_ITEMS:
        add_child(
            index,
            NewsPage(
                title=item["title"],
                slug=item["slug"],
                publication_date=datetime.date.fromisoformat(item["date"]),
                intro=item["intro"],
                body=body_blocks(item["body"]),
            ),
            report,
        )
    state["news"] = index


def body_blocks(html):
    """Headings become heading blocks (rich text has no headings on this site), the rest text."""
    blocks = []
    # With a capturing group, split() alternates: text, heading, text, heading, ...
    for position, part in enumerate(HEADING.split(html)):
        if position % 2:
            blocks.append(("heading", {"text": part, "level": "h2"}))
        elif part:
            blocks.append(("text", part))
    return stream(blocks)
