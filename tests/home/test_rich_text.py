import pytest

from core.blocks.text import RICH_TEXT_FEATURES
from core.rich_text import sanitise


@pytest.mark.parametrize(
    "html",
    [
        "<p>Hallo <b>vet</b> en <i>schuin</i></p><ul><li>een</li></ul>",
        '<p><a href="https://www.politie.nl/">politie</a></p>',
        '<p><a linktype="page" id="3">pagina</a></p>',
    ],
)
def test_ordinary_rich_text_passes_unchanged(html):
    assert sanitise(html, RICH_TEXT_FEATURES) == html


@pytest.mark.parametrize(
    "html, forbidden",
    [
        ("<p>a<script>alert(1)</script></p>", "<script"),
        ('<p><img src=x onerror="alert(1)"></p>', "onerror"),
        ('<p><a href="javascript:alert(1)">x</a></p>', "javascript:"),
        ('<p><a href="jav&#x61;script:alert(1)">x</a></p>', "script:"),
        ('<p onclick="alert(1)">x</p>', "onclick"),
        ("<p><iframe src=https://evil.example></iframe></p>", "<iframe"),
        ('<p><a href=" data:text/html;base64,xx">x</a></p>', "data:"),
        ("<style>p{}</style><p>x</p>", "<style"),
    ],
)
def test_dangerous_rich_text_is_cleaned(html, forbidden):
    assert forbidden not in sanitise(html, RICH_TEXT_FEATURES).lower()
