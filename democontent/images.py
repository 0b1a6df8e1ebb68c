"""Gives the demo pages their illustrations from democontent/images/ (see images.csv there).

Called by the demo loader after the pages exist: `attach_demo_images()`. Safe to run again: a page
that already has an image (from an earlier run or chosen by an editor) keeps it. It reaches the
pages of every app, which the demo content app may.
"""

import csv

from django.core.files import File
from wagtail.images import get_image_model

from democontent.make_images import FOLDER
from home.models import HomePage
from practice.models import PracticeExamplePage
from themes.models import ThemePage

PAGE_MODELS = (ThemePage, PracticeExamplePage)


def demo_image_rows(folder=FOLDER):
    with open(folder / "images.csv", encoding="utf-8") as listing:
        return list(csv.DictReader(listing))


def page_for(slug):
    if slug == "home":
        return HomePage.objects.first()
    for model in PAGE_MODELS:
        page = model.objects.filter(slug=slug).first()
        if page:
            return page
    return None


def load(state, loader):
    """The demo loader's step (democontent/management/commands/load_demo_content.py), after all pages."""
    attach_demo_images(report=loader.report)


def attach_demo_images(folder=FOLDER, report=None):
    """Returns the number of pages that got an image."""
    attached = 0
    for row in demo_image_rows(folder):
        page = page_for(row["page_slug"])
        if page is None or page.image_id:
            continue
        decorative = row["decorative"] == "ja"
        title = f"{row['title']}: {page.title}" if decorative else row["title"]
        with open(folder / row["file"], "rb") as source:
            image = get_image_model().objects.create(
                title=title[:255],
                description="" if decorative else row["alt_text"],
                credit="Illustratie: Veilige publieke dienstverlening",
                file=File(source, name=row["file"]),
            )
        if report is not None:
            report.created(image)
        page.image = image
        page.image_decorative = decorative
        revision = page.save_revision(log_action=False)
        if page.live:
            revision.publish(log_action=False)
        attached += 1
    return attached
