"""Reading the HTML of a response with a parser instead of splitting strings."""

from bs4 import BeautifulSoup


def parse(response_or_html):
    html = getattr(response_or_html, "content", response_or_html)
    if isinstance(html, bytes):
        html = html.decode()
    return BeautifulSoup(html, "html.parser")


def texts(elements):
    """The visible text of each element, whitespace collapsed."""
    return [" ".join(element.get_text(" ", strip=True).split()) for element in elements]
