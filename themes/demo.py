"""Demo content of the themes app: the four themes, their topics and the document library."""

import datetime
import json

from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from home.demo import add_child, child_by_slug, stream
from themes import demo_content_incident, demo_content_prevention
from themes.demo_documents import build_pdf
from themes.models import DocumentLibraryPage, ThemeColour, ThemeIcon, ThemePage, TopicPage

# Order in the main navigation, and how each theme looks.
THEME_STYLE = {
    "preventie": (ThemeColour.BLUE, ThemeIcon.SHIELD),
    "handelen-bij-een-incident": (ThemeColour.ORANGE, ThemeIcon.ALERT),
    "nazorg": (ThemeColour.GREEN, ThemeIcon.HEART),
    "beleid-maken": (ThemeColour.PURPLE, ThemeIcon.COMPASS),
}
REVIEWED_ON = datetime.date(2026, 11, 1)


def all_themes():
    themes = {t["slug"]: t for t in demo_content_prevention.THEMES + demo_content_incident.THEMES}
    return [themes[slug] for slug in THEME_STYLE]


def load(state, report):
    home = state["home"]
    theme_pages = {}
    for data in all_themes():
        colour, icon = THEME_STYLE[data["slug"]]
        theme = add_child(
            home,
            ThemePage(
                title=data["title"],
                slug=data["slug"],
                intro=data["intro"],
                search_description=data["search_description"],
                colour=colour,
                icon=icon,
                numbered_steps=data["numbered"],
                show_in_menus=True,
            ),
            report,
        )
        theme_pages[data["slug"]] = theme
        for topic in data["topics"]:
            add_child(theme, topic_page(topic), report)

    documents = load_documents(theme_pages, report)
    attach_downloads(theme_pages, documents)
    add_child(
        home,
        DocumentLibraryPage(
            title="Documenten",
            slug="documenten",
            intro=(
                "Hier vindt u voorbeelden, checklists en handreikingen die u kunt gebruiken in uw "
                "eigen organisatie. U mag ze aanpassen aan uw situatie."
            ),
            show_in_menus=True,
        ),
        report,
    )
    fill_home_entries(home, theme_pages)
    state["themes"] = theme_pages


def topic_page(data):
    return TopicPage(
        title=data["title"],
        slug=data["slug"],
        intro=data["intro"],
        search_description=data["search_description"],
        summary=json.dumps([{"type": "point", "value": point} for point in data["summary"]]),
        body=stream(data["body"]),
        last_reviewed=REVIEWED_ON,
    )


def load_documents(theme_pages, report):
    document_model = get_document_model()
    documents = {}
    for data in demo_content_prevention.DOCUMENTS + demo_content_incident.DOCUMENTS:
        document = document_model.objects.filter(title=data["title"]).first()
        if document is None:
            document = document_model(
                title=data["title"],
                category=data["category"].lower(),
                description=data["description"],
                publication_date=datetime.date.fromisoformat(data["published"]),
                theme=theme_pages.get(data["theme"]),
            )
            document.file.save(f"{data['slug']}.pdf", ContentFile(build_pdf(data)), save=False)
            document.file_size = document.file.size
            document.save()
            report.created(document)
        documents[data["slug"]] = document
    return documents


def attach_downloads(theme_pages, documents):
    """Offer each theme's documents on the theme page, once (only where it has none yet)."""
    for theme in theme_pages.values():
        if theme.downloads:
            continue
        own = [doc for doc in documents.values() if doc.theme_id == theme.pk]
        if not own:
            continue
        theme.downloads = downloads_json(own)
        theme.save_revision().publish()
    protocol = documents.get("voorbeeld-agressieprotocol")
    prevention = theme_pages.get("preventie")
    topic = child_by_slug(prevention, "agressieprotocol-opstellen") if prevention else None
    if protocol and topic and not topic.downloads:
        topic.downloads = downloads_json([protocol])
        topic.save_revision().publish()


def downloads_json(documents):
    return json.dumps(
        [{"type": "document", "value": {"document": doc.pk, "title": ""}} for doc in documents]
    )


def fill_home_entries(home, theme_pages):
    if home.entries:
        return
    from home import demo_content

    home.entries = json.dumps(
        [
            {
                "type": "entry",
                "value": {
                    "title": entry["title"],
                    "text": entry["text"],
                    "page": theme_pages[entry["page_slug"]].pk,
                },
            }
            for entry in demo_content.HOME["entries"]
            if entry["page_slug"] in theme_pages
        ]
    )
    home.save_revision().publish()
