"""The shared PDF setup: the fetcher refuses every address, so a PDF never fetches anything."""

import pytest

from core.pdf import LocalOnlyFetcher


@pytest.mark.parametrize(
    "url",
    [
        "https://example.com/font.woff2",
        "http://169.254.169.254/latest/meta-data/",
        "file:///etc/passwd",
        "data:text/css,body{}",
    ],
)
def test_the_pdf_fetcher_refuses_every_address(url):
    with pytest.raises(ValueError, match="haalt niets op"):
        LocalOnlyFetcher().fetch(url)
