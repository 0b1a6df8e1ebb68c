"""A small site with one page of every kind, built from the factories.

For tests that look at what every page has in common (navigation, metadata, the sitemap) or at
how pages link to each other. Tests about one kind of page build just what they need.
"""

import datetime
import json
from types import SimpleNamespace

from django.utils import timezone
from wagtail.models import Page, Site

from core.models import SiteSettings
from tests.core.factories import stream_json
from tests.home.factories import StandardPageFactory, site_home_page
from tests.news.factories import NewsPageFactory, site_news_index
from tests.practice.factories import PracticeExamplePageFactory, site_practice_index
from tests.themes.factories import DocumentLibraryPageFactory, ThemePageFactory, TopicPageFactory


def entry(title, page):
    return {"title": title, "text": f"Alles over {title.lower()}.", "page": page.pk}


def build_sample_site():
    """Home, three themes in the menu (one with numbered steps), topics, the document library,
    two service pages (not in the menu), news and a practice example. Returns the pages."""
    home = site_home_page()
    prevention = ThemePageFactory(
        title="Voorkomen",
        slug="voorkomen",
        show_in_menus=True,
        intro="Zo maakt u het werk veiliger voordat er iets gebeurt.",
    )
    incident = ThemePageFactory(
        title="Handelen bij een incident",
        slug="handelen",
        show_in_menus=True,
        numbered_steps=True,
        colour="oranje",
        intro="Wat u doet tijdens en direct na een incident, stap voor stap.",
    )
    aftercare = ThemePageFactory(
        title="Nazorg",
        slug="nazorg",
        show_in_menus=True,
        intro="Hoe u medewerkers helpt na agressie of geweld.",
    )
    steps = [
        TopicPageFactory(
            parent=incident,
            title=title,
            slug=slug,
            intro=f"Wat u doet: {title.lower()}, uitgelegd in een paar zinnen.",
            summary=stream_json(("point", "Blijf rustig."), ("point", "Zoek hulp.")),
            last_reviewed=datetime.date(2026, 10, 1),
        )
        for title, slug in [
            ("Blijf kalm", "blijf-kalm"),
            ("Schrijf het op", "schrijf-het-op"),
            ("Reageer", "reageer"),
            ("Doe aangifte", "doe-aangifte"),
            ("Herstel de schade", "herstel-de-schade"),
        ]
    ]
    prevention_topics = [
        TopicPageFactory(
            parent=prevention, title=title, slug=slug, intro=f"Zo pakt u dit aan: {title.lower()}."
        )
        for title, slug in [("Stel een norm", "stel-een-norm"), ("Risicoanalyse", "risicoanalyse")]
    ]
    aftercare_topics = [
        TopicPageFactory(
            parent=aftercare,
            title=title,
            slug=slug,
            intro=f"Voor leidinggevenden: {title.lower()}.",
        )
        for title, slug in [("Wees de rots", "wees-de-rots"), ("Houd overzicht", "houd-overzicht")]
    ]
    library = DocumentLibraryPageFactory(show_in_menus=True)
    privacy = StandardPageFactory(
        title="Privacy", slug="privacy", intro="Hoe wij met uw gegevens omgaan."
    )
    contact = StandardPageFactory(title="Contact", slug="contact", intro="Zo bereikt u ons team.")
    news_index = site_news_index(
        show_in_menus=True, intro="Het laatste nieuws over veilig publiek werk."
    )
    news = [
        NewsPageFactory(
            title="Nieuwe handreiking verschenen",
            slug="nieuwe-handreiking",
            publication_date=datetime.date(2026, 3, 4),
            intro="Er is een nieuwe handreiking voor leidinggevenden.",
        ),
        NewsPageFactory(
            title="Campagne gestart",
            slug="campagne-gestart",
            publication_date=datetime.date(2026, 5, 6),
            intro="Een landelijke campagne tegen agressie is begonnen.",
        ),
    ]
    practice_index = site_practice_index(show_in_menus=True)
    example = PracticeExamplePageFactory(
        title="Proefdorp maakt de balie veiliger",
        slug="proefdorp-balie",
        themes=[prevention],
        lead="Gemeente Proefdorp bouwde de balie om. Er zijn minder incidenten.",
    )

    # As on a real site, every page has been published once (the sitemap shows the date).
    published = timezone.make_aware(datetime.datetime(2026, 6, 1, 12, 0))
    Page.objects.filter(depth__gte=2).update(
        first_published_at=published, last_published_at=published
    )
    home.refresh_from_db()  # its children were added since; a stale save would lose them
    home.entries = json.dumps(
        [
            {"type": "entry", "value": entry(theme.title, theme)}
            for theme in (prevention, incident, aftercare)
        ]
    )
    home.save()
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.contact_email = "info@example.nl"
    site_settings.footer_links = stream_json(
        ("link", {"text": "", "page": privacy.pk, "url": ""}),
        ("link", {"text": "", "page": contact.pk, "url": ""}),
    )
    site_settings.save()
    return SimpleNamespace(
        home=home,
        themes=[prevention, incident, aftercare],
        prevention=prevention,
        incident=incident,
        aftercare=aftercare,
        aftercare_topics=aftercare_topics,
        steps=steps,
        topics=[*prevention_topics, *steps, *aftercare_topics],
        library=library,
        privacy=privacy,
        contact=contact,
        news_index=news_index,
        news=news,
        practice_index=practice_index,
        example=example,
    )
