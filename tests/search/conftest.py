import pytest

from tests.core.factories import stream_json as body
from tests.themes.factories import ThemePageFactory, TopicPageFactory


@pytest.fixture
def theme(home_page):
    return ThemePageFactory(parent=home_page, title="Proefthema", slug="proefthema")


@pytest.fixture
def make_topics(theme):
    """make_topics(n, word): n topic pages whose text contains word."""

    def make(count, word, **kwargs):
        return [
            TopicPageFactory(
                parent=theme,
                title=kwargs.get("title", f"Onderwerp {word} {n}"),
                slug=f"{word}-{n}",
                intro=kwargs.get("intro", f"Over {word}: nummer {n}."),
                body=body(("text", f"<p>Meer over {word} in alinea {n}.</p>")),
            )
            for n in range(count)
        ]

    return make
