"""Responses built from a visitor's answers."""

from pagecache.http import mark_private


def mark_answers_private(response):
    """A page built from a visitor's answers about their organisation (the self-assessment, the
    protocol tool): kept by no shared cache and by no search engine."""
    mark_private(response)
    response["X-Robots-Tag"] = "noindex"
    return response
