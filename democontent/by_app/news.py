"""Demo content of the news app (news/content/): Actueel and its news items."""

from democontent.files import content_files
from democontent.loader import ContentFolder
from news.models import NewsIndexPage, NewsPage

CONTENT = ContentFolder("news/content/index", NewsIndexPage, child_type=NewsPage)
INDEX_SLUG = "actueel"


# Loaded after these apps' content: it builds on their pages, and the home page's sections
# appear in the main navigation in this order.
LOAD_AFTER = ("infographic",)


def load(state, loader):
    state["news"] = loader.load(CONTENT)[INDEX_SLUG]


def news_items():
    """The data of the demo news items, in file order (for tests)."""
    return content_files(CONTENT.children(INDEX_SLUG).path)
