"""Which saved objects empty the page cache: everything that can show on a public page, and
nothing that is bookkeeping. Every model of the project is on one side, so that a new model
is a decision and not an accident (a model missing from both lists fails here)."""

import pytest
from axes.models import AccessAttempt
from django.apps import apps
from django.test import Client

from links.models import ExternalLink
from pagecache.purge import NOT_SHOWN_ON_PAGES
from readability.models import JargonTerm

from .conftest import get, warm

pytestmark = pytest.mark.django_db

# Objects that show on public pages (or in the API, feeds and sitemaps, which are cached too).
SHOWN_ON_PAGES = {
    "assets.customdocument",
    "assets.customimage",
    "compliance.accessibilitystatementpage",
    "compliance.woorequestpage",
    "core.sitesettings",
    "editorial.pagereview",  # the API shows when a page was last reviewed
    "home.homepage",
    "home.standardpage",
    "infographic.infographicpage",
    "news.newsindexpage",
    "news.newspage",
    "practice.aggressiontype",
    "practice.organisationtype",
    "practice.practiceexampleindexpage",
    "practice.practiceexamplepage",
    "practice.practiceexamplepage_aggression_types",
    "practice.practiceexamplepage_provinces",
    "practice.practiceexamplepage_themes",
    "practice.practiceexamplepage_work_settings",
    "practice.province",
    "practice.worksetting",
    "protocol.protocoltoolpage",
    "protocol.protocoltoolpage_promoted_on",
    "selfassessment.selfassessmentpage",
    "selfassessment.selfassessmentpage_promoted_on",
    "taggit.tag",
    "taggit.taggeditem",
    "themes.documentlibrarypage",
    "themes.themepage",
    "themes.topicpage",
    "wagtailcore.collection",
    "wagtailcore.collectionviewrestriction",
    "wagtailcore.collectionviewrestriction_groups",
    "wagtailcore.locale",
    "wagtailcore.page",
    "wagtailcore.pageviewrestriction",
    "wagtailcore.pageviewrestriction_groups",
    "wagtailcore.site",
    "wagtaildocs.document",
    "wagtailimages.image",
    "wagtailredirects.redirect",
    "wagtailsearchpromotions.searchpromotion",
    "whatnow.incidentnotepage",
    "whatnow.whatnowmanagerpage",
    "whatnow.whatnowpage",
}


def test_every_model_is_either_shown_on_pages_or_bookkeeping():
    labels = {
        model._meta.label_lower
        for model in apps.get_models(include_auto_created=True)
        if not model._meta.label_lower.endswith("rendition")
    }
    undecided = labels - SHOWN_ON_PAGES - NOT_SHOWN_ON_PAGES
    assert not undecided, f"Decide in pagecache/purge.py whether these show on pages: {undecided}"
    assert not SHOWN_ON_PAGES & NOT_SHOWN_ON_PAGES


def test_a_failed_login_keeps_the_cache(cache_site, visitor, settings):
    settings.AXES_ENABLED = True  # off in the other tests: it counts every test login
    warm(visitor, "/voorkomen/grenzen/")
    response = Client().post(
        "/admin/login/",
        {"username": "iemand", "password": "fout wachtwoord"},
        REMOTE_ADDR="10.1.2.3",
    )
    assert response.status_code in (200, 403, 429)
    assert AccessAttempt.objects.filter(username="iemand").exists()  # the lockout counter wrote
    assert get(visitor, "/voorkomen/grenzen/")["X-Cache"] == "HIT"


def test_the_link_check_and_the_jargon_list_keep_the_cache(cache_site, visitor):
    warm(visitor, "/voorkomen/grenzen/")
    ExternalLink.objects.create(url="https://voorbeeld.nl/kapot")
    JargonTerm.objects.create(word="proefwoord-voor-de-cache", alternative="uit de hand lopen")
    assert get(visitor, "/voorkomen/grenzen/")["X-Cache"] == "HIT"
