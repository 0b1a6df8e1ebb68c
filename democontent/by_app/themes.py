"""Demo content of the themes app (themes/content/): the themes, their topics and the documents.

The documents are data files too (themes/content/documents/); beside each lies its PDF, made by
democontent/make_documents.py and committed. The downloads of the theme and topic pages link to those documents,
so they are filled in at the end of the load.
"""

from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from democontent.errors import ContentError
from democontent.files import content_files
from democontent.loader import ContentFolder
from democontent.streams import PlacedProblem
from themes.models import DocumentLibraryPage, ThemePage, TopicPage

THEMES = ContentFolder(
    "themes/content/themes", ThemePage, child_type=TopicPage, later=("downloads",)
)
LIBRARY = ContentFolder("themes/content/library", DocumentLibraryPage)
DOCUMENTS = "themes/content/documents"
DOCUMENT_FIELDS = {"title", "category", "description", "publication_date", "theme", "sections"}


# Loaded after these apps' content: it builds on their pages, and the home page's sections
# appear in the main navigation in this order.
LOAD_AFTER = ("home",)


def pdf_path(source_path):
    """Where the PDF of a document's source file lies."""
    return source_path.with_suffix(".pdf")


def load(state, loader):
    state["themes"] = loader.load(THEMES)  # in the order of the main navigation
    load_documents(loader)
    loader.load(LIBRARY)


def load_documents(loader):
    document_model = get_document_model()
    for source in content_files(DOCUMENTS):
        values = document_values(source, loader)
        if document_model.objects.filter(title=values["title"]).exists():
            continue  # Already there; an editor may have changed it since.
        document = document_model(**values)
        document.file.save(
            f"{source.slug}.pdf", ContentFile(pdf_path(source.path).read_bytes()), save=False
        )
        document.file_size = document.file.size
        document.save()
        loader.report.created(document)


def document_values(source, loader):
    """The document's fields from its file; "sections" is the text of the PDF."""
    data = source.data
    unknown = set(data) - DOCUMENT_FIELDS
    if unknown:
        raise ContentError(source, f"een document heeft geen veld '{sorted(unknown)[0]}'")
    missing = {"title", "category", "description", "publication_date", "sections"} - set(data)
    if missing:
        raise ContentError(source, "dit veld ontbreekt", sorted(missing)[0])
    try:
        theme = loader.find_page(data["theme"]) if data.get("theme") else None
    except PlacedProblem as problem:
        raise ContentError(source, problem.message, "theme") from None
    return {
        "title": data["title"],
        "category": data["category"],
        "description": data["description"],
        "publication_date": data["publication_date"],
        "theme": theme,
    }
