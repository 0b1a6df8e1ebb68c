"""Demo content of the news app (news/content/): Actueel and its news items."""

from core.content.files import content_files
from core.content.loader import ContentFolder
from news.models import NewsIndexPage, NewsPage

CONTENT = ContentFolder("news/content/index", NewsIndexPage, child_type=NewsPage)
INDEX_SLUG = "actueel"


def load(state, loader):
    state["news"] = loader.load(CONTENT)[INDEX_SLUG]


def news_items():
    """The data of the demo news items, in file order (for tests)."""
    return content_files(CONTENT.children(INDEX_SLUG).path)
