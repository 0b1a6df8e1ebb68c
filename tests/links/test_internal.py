"""Broken internal links, read from Wagtail's reference index: links on live pages to pages that
are unpublished, deleted or private, and to documents that are deleted or private (issue 25)."""

import pytest
from wagtail.models import Collection, CollectionViewRestriction, Page, PageViewRestriction

from links.internal import DELETED, DOCUMENT, PAGE, PRIVATE, UNPUBLISHED, broken_links
from links.models import LostReference
from tests.core.factories import DocumentFactory, root_collection, stream_json
from tests.editorial.factories import publish
from tests.themes.factories import ThemePageFactory, TopicPageFactory

pytestmark = pytest.mark.django_db


def linking_page(target_page=None, document=None, title="Met links", parent=None):
    """A live topic that links to a page in rich text and with a button, and to a document."""
    body = []
    if target_page is not None:
        body.append(("text", f'<p>Lees <a linktype="page" id="{target_page.pk}">dit</a>.</p>'))
        body.append(("call_to_action", {"text": "Verder", "page": target_page.pk, "url": ""}))
    if document is not None:
        body.append(("document", {"document": document.pk, "title": ""}))
    page = TopicPageFactory(
        title=title, body=stream_json(*body), **({"parent": parent} if parent else {})
    )
    return publish(page)


def rows(pages=None):
    return [
        (link.source_title, link.field, link.target_kind, link.target_title, link.reason)
        for link in broken_links(pages or Page.objects.all())
    ]


def test_links_to_live_public_targets_are_not_reported(home_page):
    target = TopicPageFactory(title="Doel")
    linking_page(target, DocumentFactory(title="Folder"))
    assert rows() == []


def test_an_unpublished_target_is_reported_for_every_link_to_it(home_page):
    target = TopicPageFactory(title="Doel")
    linking_page(target)
    target.unpublish()
    assert rows() == [
        ("Met links", "Inhoud → Actieknop", PAGE, "Doel", UNPUBLISHED),
        ("Met links", "Inhoud → Tekst", PAGE, "Doel", UNPUBLISHED),
    ]
    publish(Page.objects.get(pk=target.pk).specific)
    assert rows() == []


def test_a_page_under_a_view_restriction_is_private(home_page):
    theme = ThemePageFactory(title="Intern")
    target = TopicPageFactory(parent=theme, title="Alleen voor collega's")
    linking_page(target)
    restriction = PageViewRestriction.objects.create(
        page=theme, restriction_type=PageViewRestriction.LOGIN
    )
    assert {row[3:] for row in rows()} == {("Alleen voor collega's", PRIVATE)}
    # Behind the same restriction, a link works for whoever may see the linking page.
    linking_page(target, title="Ook intern", parent=theme)
    assert {row[0] for row in rows()} == {"Met links"}
    restriction.delete()
    assert rows() == []


def test_a_deleted_page_is_reported_at_once_and_until_the_linking_page_is_published(home_page):
    target = TopicPageFactory(title="Weg")
    source = linking_page(target)
    Page.objects.get(pk=target.pk).delete()
    assert {row[2:] for row in rows()} == {(PAGE, "Weg", DELETED)}
    # The editor removes the link and publishes: the report is empty again.
    source = Page.objects.get(pk=source.pk).specific
    source.body = stream_json(("text", "<p>Zonder link.</p>"))
    publish(source)
    assert rows() == []
    assert not LostReference.objects.exists()


def test_a_rich_text_link_that_survives_a_publish_still_points_at_nothing(home_page):
    target = TopicPageFactory(title="Weg")
    source = linking_page(target)
    Page.objects.get(pk=target.pk).delete()
    publish(Page.objects.get(pk=source.pk).specific)  # published with the old link in it
    assert [row[2:] for row in rows()] == [(PAGE, f"pagina {target.pk}", DELETED)]


def test_deleting_a_subtree_notes_only_links_from_pages_that_stay(home_page):
    theme = ThemePageFactory(title="Oud thema")
    inside_target = TopicPageFactory(parent=theme, title="Binnen")
    linking_page(inside_target, title="Ook binnen", parent=theme)
    linking_page(inside_target, title="Buiten")
    Page.objects.get(pk=theme.pk).delete()
    assert {(row[0], row[3], row[4]) for row in rows()} == {("Buiten", "Binnen", DELETED)}


def test_private_and_deleted_documents(home_page):
    private = Collection.get_first_root_node().add_child(name="Intern")
    CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.LOGIN
    )
    hidden = DocumentFactory(title="Interne notitie", collection=private)
    gone = DocumentFactory(title="Oude folder", collection=root_collection())
    linking_page(document=hidden, title="A")
    linking_page(document=gone, title="B")
    gone.delete()
    assert rows() == [
        ("A", "Inhoud → Download", DOCUMENT, "Interne notitie", PRIVATE),
        ("B", "Inhoud → Download", DOCUMENT, "Oude folder", DELETED),
    ]


def test_links_on_unpublished_pages_are_left_out(home_page):
    target = TopicPageFactory(title="Doel")
    source = linking_page(target)
    target.unpublish()
    source.unpublish()
    assert rows() == []


def test_only_the_given_linking_pages_are_read(home_page):
    target = TopicPageFactory(title="Doel")
    linking_page(target, title="Eerste")
    second = linking_page(target, title="Tweede")
    target.unpublish()
    assert {row[0] for row in rows(Page.objects.filter(pk=second.pk))} == {"Tweede"}
