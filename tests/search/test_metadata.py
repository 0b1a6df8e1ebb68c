"""Every public page carries a unique title and description, a canonical address, share tags and
structured data (JSON-LD)."""

import pytest
from django.conf import settings
from wagtail.models import Page, Site

from core.models import SiteSettings
from core.seo import canonical_url
from tests.core.factories import ImageFactory
from tests.home.factories import StandardPageFactory
from tests.html import parse
from tests.sample_site import build_sample_site
from tests.search.helpers import parse_head

pytestmark = pytest.mark.django_db

SITE_NAME = "Veilige publieke dienstverlening"
BASE = settings.CANONICAL_BASE_URL


@pytest.fixture(scope="module")
def site(module_db):
    return build_sample_site()


def built_pages(site):
    return [
        site.home,
        *site.themes,
        *site.topics,
        site.library,
        site.privacy,
        site.contact,
        site.news_index,
        *site.news,
        site.practice_index,
        site.example,
    ]


def public_pages():
    site = Site.objects.get(is_default_site=True)
    return list(Page.objects.live().public().in_site(site).specific().order_by("path"))


def fetch_heads(client):
    heads = {}
    for page in public_pages():
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        heads[page] = parse_head(response.content.decode())
    return heads


def types_of(head):
    return {data["@type"]: data for data in head.structured_data()}


def test_every_public_page_has_complete_and_unique_metadata(anonymous_client, site):
    heads = fetch_heads(anonymous_client)
    # Every kind of page: home, themes, topics, documents, news, practice, service pages.
    assert {page.pk for page in heads} == {page.pk for page in built_pages(site)}

    titles = [head.title for head in heads.values()]
    assert len(set(titles)) == len(titles), "every page needs its own <title>"
    descriptions = [head.meta["description"] for head in heads.values()]
    assert len(set(descriptions)) == len(descriptions), "every page needs its own description"
    canonicals = [head.links["canonical"] for head in heads.values()]
    assert len(set(canonicals)) == len(canonicals)

    for page, head in heads.items():
        expected_title = SITE_NAME if page.depth == 2 else f"{page.title} – {SITE_NAME}"
        assert head.title == expected_title
        assert 20 <= len(head.meta["description"]) <= 320
        assert head.links["canonical"] == BASE + page.url
        assert "?" not in head.links["canonical"]
        for key in ("og:title", "og:description", "og:url", "og:image", "og:type", "og:locale"):
            assert head.meta.get(key), f"{key} missing on {page.url}"
        assert head.meta["og:url"] == head.links["canonical"]
        assert head.meta["og:image"].startswith(("https://", "http://"))
        assert head.meta["twitter:card"] == "summary_large_image"
        assert head.meta["twitter:image"] == head.meta["og:image"]
        structured = types_of(head)
        assert structured, f"no JSON-LD on {page.url}"
        if page.depth == 2:
            assert "WebSite" in structured
        else:
            crumbs = structured["BreadcrumbList"]["itemListElement"]
            assert crumbs[0] == {
                "@type": "ListItem",
                "position": 1,
                "name": "Home",
                "item": BASE + "/",
            }
            assert crumbs[-1]["item"] == head.links["canonical"]
            assert [crumb["position"] for crumb in crumbs] == list(range(1, len(crumbs) + 1))
            assert len(crumbs) == page.depth - 1


def test_home_page_offers_the_site_search_to_search_engines(anonymous_client, site):
    head = parse_head(anonymous_client.get("/").content.decode())
    assert head.title == SITE_NAME
    website = types_of(head)["WebSite"]
    assert website["url"] == BASE + "/"
    action = website["potentialAction"]
    assert action["@type"] == "SearchAction"
    assert action["target"]["urlTemplate"] == BASE + "/zoeken/?q={search_term_string}"
    assert action["query-input"] == "required name=search_term_string"
    assert "BreadcrumbList" not in types_of(head)


def test_topic_pages_are_articles_and_news_pages_news_articles(anonymous_client, site):
    topic = parse_head(anonymous_client.get("/nazorg/wees-de-rots/").content.decode())
    article = types_of(topic)["Article"]
    assert article["headline"] == "Wees de rots"
    assert article["mainEntityOfPage"] == BASE + "/nazorg/wees-de-rots/"
    assert article["publisher"]["@type"] == "GovernmentOrganization"
    assert article["datePublished"] and article["dateModified"]
    assert topic.meta["og:type"] == "article"

    news_url = "/actueel/nieuws/2026/03/04/nieuwe-handreiking/"
    assert site.news[0].url == news_url
    news = parse_head(anonymous_client.get(news_url).content.decode())
    news_article = types_of(news)["NewsArticle"]
    assert news_article["datePublished"].startswith("2026-03-04")
    assert news_article["url"] == BASE + news_url
    assert news.meta["article:published_time"].startswith("2026-03-04")

    practice = parse_head(anonymous_client.get(site.example.url).content.decode())
    assert types_of(practice)["Article"]["headline"] == site.example.title


def test_description_falls_back_from_search_description_to_intro_to_site_default(
    anonymous_client, home_page
):
    page = StandardPageFactory(parent=home_page, slug="beschrijving", intro="Inleiding. " * 40)
    head = parse_head(anonymous_client.get(page.url).content.decode())
    assert head.meta["description"].startswith("Inleiding. Inleiding.")
    assert head.meta["description"].endswith("Inleiding…")
    assert len(head.meta["description"]) <= 160

    page.search_description = "De beschrijving voor zoekmachines."
    page.save_revision().publish()
    head = parse_head(anonymous_client.get(page.url).content.decode())
    assert head.meta["description"] == "De beschrijving voor zoekmachines."

    page.search_description, page.intro = "", ""
    page.save_revision().publish()
    head = parse_head(anonymous_client.get(page.url).content.decode())
    assert head.meta["description"] == "Tekst van de servicepagina."  # the body's text

    page.body = "[]"
    page.save_revision().publish()
    head = parse_head(anonymous_client.get(page.url).content.decode())
    assert "agressie" in head.meta["description"]  # the site-wide default


def test_seo_title_replaces_the_page_title_in_title_and_share_tags(anonymous_client, home_page):
    page = StandardPageFactory(parent=home_page, slug="seo", title="Kort", seo_title="Langer")
    head = parse_head(anonymous_client.get(page.url).content.decode())
    assert head.title == f"Langer – {SITE_NAME}"
    assert head.meta["og:title"] == "Langer"


def test_canonical_ignores_filters_and_page_numbers(anonymous_client, site):
    head = parse_head(
        anonymous_client.get("/documenten/?soort=checklist&thema=nazorg&pagina=2").content.decode()
    )
    assert head.links["canonical"] == BASE + "/documenten/"


def test_default_share_image_comes_from_site_settings_when_set(anonymous_client, site):
    static = parse_head(anonymous_client.get(site.prevention.url).content.decode())
    assert static.meta["og:image"] == BASE + "/static/img/share.png"
    assert static.meta["og:image:width"] == "1200"

    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.default_share_image = ImageFactory(
        title="Balie", file__width=1600, file__height=1000
    )
    site_settings.save()
    head = parse_head(anonymous_client.get(site.prevention.url).content.decode())
    assert head.meta["og:image"].startswith(BASE + "/media/images/")
    assert head.meta["og:image:width"] == "1200"
    assert head.meta["og:image:height"] == "630"
    assert head.meta["og:image:alt"] == "Balie"


def test_static_share_image_is_a_lintblauw_png_of_open_graph_size():
    from PIL import Image

    with Image.open(settings.BASE_DIR / "static" / "img" / "share.png") as image:
        assert image.format == "PNG"
        assert image.size == (1200, 630)
        assert image.convert("RGB").getpixel((5, 5)) == (0x15, 0x42, 0x73)


def test_json_ld_cannot_be_closed_early_by_page_content(anonymous_client, home_page):
    page = StandardPageFactory(
        parent=home_page, slug="script", title="</script><script>alert(1)</script> & co"
    )
    html = anonymous_client.get(page.url).content.decode()
    head = parse_head(html)
    crumbs = types_of(head)["BreadcrumbList"]["itemListElement"]
    assert crumbs[-1]["name"] == "</script><script>alert(1)</script> & co"
    assert "<script>alert(1)" not in html
    assert "\\u003C/script\\u003E" in html


def test_pages_without_a_page_have_a_title_and_no_canonical(anonymous_client, site):
    html = anonymous_client.get("/bestaat-niet/").content.decode()
    head = parse_head(html)
    assert head.title == f"Pagina niet gevonden – {SITE_NAME}"
    assert "canonical" not in head.links
    assert head.meta["description"]


def test_canonical_url_uses_the_public_host_whatever_the_site_record_says(site):
    page = Page.objects.get(pk=site.aftercare.pk).specific
    assert canonical_url(page) == BASE + "/nazorg/"
    # The Site record that Wagtail's first migration made.
    assert page.full_url == "http://localhost/nazorg/"


def test_every_page_has_the_header_search_box(anonymous_client, site):
    for path in ("/", "/nazorg/", "/actueel/", "/zoeken/?q=agressie"):
        header = parse(anonymous_client.get(path)).find("header")
        form = header.find("form", role="search")
        assert form["action"] == "/zoeken/", path
        assert form.find("input", attrs={"name": "q"}), path
