"""Every shipped content file is valid: its fields exist, its links resolve, its blocks clean().

Runs against the demo site the session fixture loaded, so links to pages and documents resolve.
"""

from io import BytesIO
from pathlib import Path

import pytest
from django.conf import settings
from pypdf import PdfReader

from core.models import SiteSettings
from democontent.by_app import compliance as compliance_demo
from democontent.by_app import home as home_demo
from democontent.by_app import infographic as infographic_demo
from democontent.by_app import news as news_demo
from democontent.by_app import practice as practice_demo
from democontent.by_app import protocol as protocol_demo
from democontent.by_app import selfassessment as selfassessment_demo
from democontent.by_app import themes as themes_demo
from democontent.by_app import whatnow as whatnow_demo
from democontent.files import ContentFile, content_files, read_file
from democontent.loader import ContentLoader
from democontent.make_documents import build_pdf
from democontent.report import Report
from home.models import HomePage
from infographic.models import InfographicPage
from tests.pdf import reader_text
from themes.models import ThemePage

pytestmark = pytest.mark.django_db

PAGE_FILES = [
    (read_file(f"{home_demo.HOME.path}/home.yaml"), HomePage, home_demo.HOME),
    (
        read_file(f"{home_demo.SITE_SETTINGS.path}/site-settings.yaml"),
        SiteSettings,
        home_demo.SITE_SETTINGS,
    ),
    *home_demo.SERVICE_PAGES.files(),
    *themes_demo.THEMES.files(),
    *themes_demo.LIBRARY.files(),
    *practice_demo.CONTENT.files(),
    *news_demo.CONTENT.files(),
    *selfassessment_demo.CONTENT.files(),
    *protocol_demo.CONTENT.files(),
    *whatnow_demo.CONTENT.files(),
    *whatnow_demo.NOTE_CONTENT.files(),
    *compliance_demo.STATEMENT.files(),
    *compliance_demo.WOO.files(),
]
DOCUMENT_FILES = list(content_files(themes_demo.DOCUMENTS))
INFOGRAPHIC_FILE = read_file(infographic_demo.SOURCE)


@pytest.mark.parametrize(
    ("source", "model", "folder"), PAGE_FILES, ids=[str(source) for source, _, _ in PAGE_FILES]
)
def test_page_file_is_valid(source, model, folder):
    values = ContentLoader(Report()).field_values(model, source, folder)
    assert values, "a content file with no fields"
    if "title" in source.data:
        assert 0 < len(values["title"]) <= model._meta.get_field("title").max_length


@pytest.mark.parametrize("source", DOCUMENT_FILES, ids=str)
def test_document_file_is_valid_and_makes_a_pdf(source):
    values = themes_demo.document_values(source, ContentLoader(Report()))
    assert values["theme"] is None or isinstance(values["theme"], ThemePage)
    # The committed PDF is there and says what its source says (make_documents.py made it).
    shipped = themes_demo.pdf_path(source.path).read_bytes()
    assert shipped.startswith(b"%PDF-")
    made = build_pdf(source.data)
    assert reader_text(PdfReader(BytesIO(shipped))) == reader_text(PdfReader(BytesIO(made))), (
        "the PDF is older than its source: run python -m democontent.make_documents"
    )


def test_infographic_file_is_valid():
    themes = {theme.slug: theme for theme in ThemePage.objects.live()}
    data = infographic_demo.page_data(INFOGRAPHIC_FILE, themes)
    assert len(data["phases"]) == len(INFOGRAPHIC_FILE.data["phases"])
    topic_slugs = {topic.slug for theme in themes.values() for topic in theme.topics()}
    assert set(INFOGRAPHIC_FILE.data["steps"]) <= topic_slugs  # no text for a topic that is gone
    source = INFOGRAPHIC_FILE.with_data(data)
    ContentLoader(Report()).field_values(InfographicPage, source, infographic_demo.CONTENT)


def test_every_content_file_is_declared():
    """A file in a content folder that no declaration reads would silently not be loaded."""
    declared = {
        item.path if isinstance(item, ContentFile) else item[0].path
        for item in [*PAGE_FILES, *DOCUMENT_FILES, INFOGRAPHIC_FILE]
    }
    shipped = {
        path
        for app in (
            "home",
            "themes",
            "practice",
            "news",
            "infographic",
            "selfassessment",
            "protocol",
            "whatnow",
            "compliance",
        )
        for path in (Path(settings.BASE_DIR) / app / "content").rglob("*.yaml")
    }
    assert shipped and shipped == declared
