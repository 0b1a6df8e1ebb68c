"""The generic content loader (democontent/), on small content folders made in tmp_path."""

import io
import textwrap

import pytest
from django.core.management import CommandError, call_command
from wagtail.documents import get_document_model
from wagtail.models import Page

from democontent.by_app import themes as themes_demo
from democontent.errors import ContentError
from democontent.files import content_files
from democontent.loader import ContentFolder, ContentLoader
from democontent.report import Report
from home.models import HomePage, StandardPage
from tests.core.factories import DocumentFactory
from themes.models import ThemePage, TopicPage

pytestmark = pytest.mark.django_db

GOOD_PAGE = textwrap.dedent(
    """
    title: Vergaderen zonder agressie
    intro: Zo houdt u een vergadering rustig.
    body:
    - type: heading
      value:
        text: Voor de vergadering
        level: h2
    - type: text
      value: <p>Spreek vooraf af wie de vergadering stilzet.</p>
    """
)


def write(folder, name, text):
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(textwrap.dedent(text))
    return path


def load(folder, **options):
    report = Report()
    loader = ContentLoader(report)
    pages = loader.load(ContentFolder(str(folder), StandardPage, **options))
    loader.finish()
    return pages, report


def test_pages_are_made_from_the_files_in_file_order_with_the_slug_from_the_name(tmp_path):
    write(tmp_path, "02-tweede.yaml", GOOD_PAGE.replace("Vergaderen", "Later vergaderen"))
    write(tmp_path, "01-eerste.yaml", GOOD_PAGE)
    pages, report = load(tmp_path)
    assert list(pages) == ["eerste", "tweede"]
    first = pages["eerste"]
    assert first.live and first.url == "/eerste/"
    assert [block.block_type for block in first.body] == ["heading", "text"]
    assert first.body[0].value["text"] == "Voor de vergadering"
    assert report.counts == {"standaardpagina": 2}


def test_a_second_run_creates_nothing_and_keeps_editor_changes(tmp_path):
    write(tmp_path, "eerste.yaml", GOOD_PAGE)
    pages, _ = load(tmp_path)
    page = pages["eerste"]
    page.title = "Aangepast door de redactie"
    page.save_revision().publish()

    pages, report = load(tmp_path)
    assert report.counts == {}
    assert "Niets nieuws" in report.summary()
    assert Page.objects.filter(slug="eerste").count() == 1
    assert Page.objects.get(slug="eerste").title == "Aangepast door de redactie"


def test_a_body_that_fails_block_validation_stops_the_load_naming_file_field_and_block(tmp_path):
    too_long = "Een kop " * 20  # HeadingBlock.text allows 120 characters
    write(
        tmp_path,
        "kapot.yaml",
        GOOD_PAGE.replace("text: Voor de vergadering", f"text: {too_long.strip()}"),
    )
    with pytest.raises(ContentError) as error:
        load(tmp_path)
    message = str(error.value)
    assert "kapot.yaml" in message
    assert "veld 'body'" in message
    assert "blok 1 (heading)" in message and "text" in message
    assert not Page.objects.filter(slug="kapot").exists()


def test_a_missing_required_block_field_is_named(tmp_path):
    write(tmp_path, "zonder-kop.yaml", GOOD_PAGE.replace("text: Voor de vergadering", "text: ''"))
    with pytest.raises(
        ContentError, match=r"zonder-kop\.yaml, veld 'body': blok 1 \(heading\) > text"
    ):
        load(tmp_path)


def test_an_unknown_block_type_is_an_error(tmp_path):
    write(tmp_path, "vreemd.yaml", GOOD_PAGE.replace("type: text", "type: paragraaf"))
    with pytest.raises(ContentError) as error:
        load(tmp_path)
    assert "vreemd.yaml, veld 'body': blok 2: onbekend bloktype 'paragraaf'" in str(error.value)


def test_an_unknown_field_in_a_block_is_an_error(tmp_path):
    write(tmp_path, "tikfout.yaml", GOOD_PAGE.replace("level: h2", "niveau: h2"))
    with pytest.raises(ContentError, match=r"blok 1 \(heading\): onbekend veld 'niveau'"):
        load(tmp_path)


def test_a_missing_required_page_field_is_named(tmp_path):
    write(
        tmp_path, "zonder-titel.yaml", GOOD_PAGE.replace("title: Vergaderen zonder agressie\n", "")
    )
    with pytest.raises(ContentError) as error:
        load(tmp_path)
    assert "zonder-titel.yaml" in str(error.value) and "veld 'title'" in str(error.value)


def test_a_field_the_page_type_does_not_have_is_an_error(tmp_path):
    write(tmp_path, "extra.yaml", GOOD_PAGE + "kleur: rood\n")
    with pytest.raises(ContentError, match=r"extra\.yaml: standaardpagina heeft geen veld 'kleur'"):
        load(tmp_path)


def test_an_unknown_parent_is_an_error(tmp_path):
    write(tmp_path, "eerste.yaml", GOOD_PAGE)
    with pytest.raises(ContentError, match="onbekende bovenliggende pagina.*'/bestaat-niet/'"):
        load(tmp_path, parent="/bestaat-niet/")


def test_a_link_to_an_unknown_document_or_page_is_an_error(tmp_path):
    write(
        tmp_path,
        "thema.yaml",
        """
        title: Thema
        intro: Tekst.
        downloads:
        - type: document
          value:
            document: Bestaat niet
            title: ''
        """,
    )
    loader = ContentLoader(Report())
    with pytest.raises(
        ContentError,
        match=r"thema\.yaml, veld 'downloads': blok 1 \(document\) > "
        r"document: geen document met de titel 'Bestaat niet'",
    ):
        loader.load(ContentFolder(str(tmp_path), ThemePage))
    write(
        tmp_path / "start",
        "home.yaml",
        """
        entries:
        - type: entry
          value:
            title: Nergens
            text: Een link naar een pagina die er niet is.
            page: /nergens/
        """,
    )
    [source] = content_files(tmp_path / "start")
    with pytest.raises(
        ContentError,
        match=r"home\.yaml, veld 'entries': blok 1 \(entry\) > page: "
        r"geen pagina met het pad '/nergens/'",
    ):
        loader.field_values(HomePage, source, ContentFolder(str(tmp_path), HomePage))


def test_later_fields_are_filled_at_the_end_and_only_while_empty(tmp_path):
    DocumentFactory(title="Checklist veilige werkplek")
    DocumentFactory(title="Voorbeeld agressieprotocol")
    write(
        tmp_path,
        "thema.yaml",
        """
        title: Thema met downloads
        intro: Documenten die later komen.
        downloads:
        - type: document
          value:
            document: Checklist veilige werkplek
            title: ''
        """,
    )
    loader = ContentLoader(Report())
    folder = ContentFolder(str(tmp_path), ThemePage, child_type=TopicPage, later=("downloads",))
    theme = loader.load(folder)["thema"]
    assert not ThemePage.objects.get(pk=theme.pk).downloads  # not yet: documents come later
    loader.finish()
    downloads = ThemePage.objects.get(pk=theme.pk).downloads
    assert [block.value["document"].title for block in downloads] == ["Checklist veilige werkplek"]

    page = ThemePage.objects.get(pk=theme.pk)
    other = get_document_model().objects.get(title="Voorbeeld agressieprotocol")
    page.downloads = [("document", {"document": other, "title": ""})]
    page.save_revision().publish()  # an editor chose another document
    second = ContentLoader(Report())
    second.load(folder)
    second.finish()
    downloads = ThemePage.objects.get(pk=theme.pk).downloads
    assert [block.value["document"].title for block in downloads] == ["Voorbeeld agressieprotocol"]


def test_bad_content_stops_the_command_with_a_clear_message_and_saves_nothing(
    tmp_path, monkeypatch
):
    write(tmp_path / "themes", "01-nieuw-thema.yaml", "title: Nieuw thema\nintro: Tekst.\n")
    write(
        tmp_path / "themes" / "nieuw-thema",
        "01-kapot.yaml",
        GOOD_PAGE.replace("type: text", "type: x"),
    )
    monkeypatch.setattr(
        themes_demo,
        "THEMES",
        ContentFolder(str(tmp_path / "themes"), ThemePage, child_type=TopicPage),
    )
    with pytest.raises(CommandError) as error:
        call_command("load_demo_content", stdout=io.StringIO())
    assert "01-kapot.yaml, veld 'body': blok 2: onbekend bloktype 'x'" in str(error.value)
    assert not Page.objects.filter(slug="nieuw-thema").exists()  # the load is one transaction
