"""What search engines and social media see of a page: title, description, canonical address,
Open Graph and Twitter card tags, and structured data (JSON-LD).

Every absolute address is built on settings.CANONICAL_BASE_URL, so the canonical tag, the sitemap,
the feeds and the structured data always name the public host, whatever host the request came in
on and however the Wagtail Site record is set up.
"""

import json

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.templatetags.static import static
from django.urls import NoReverseMatch, reverse
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from wagtail.models import Page

from .ancestors import trail_above
from .models import SiteSettings
from .text import page_texts

SITE_NAME = settings.WAGTAIL_SITE_NAME
TITLE_SEPARATOR = " – "
DEFAULT_DESCRIPTION = (
    "Informatie voor werkgevers, leidinggevenden en medewerkers bij de overheid over het "
    "voorkomen en aanpakken van agressie tegen medewerkers met een publieke taak."
)
DESCRIPTION_LENGTH = 160
SHARE_IMAGE_SPEC = "fill-1200x630"
STATIC_SHARE_IMAGE = ("img/share.png", 1200, 630)
SHARE_IMAGE_ALT = "Veilige publieke dienstverlening"

# The characters that could end a <script> element early, as Django's json_script escapes them.
JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def absolute_url(path_or_url):
    """An address on the public host; addresses that are already absolute stay as they are."""
    if path_or_url.startswith(("http://", "https://")):
        return path_or_url
    return settings.CANONICAL_BASE_URL + path_or_url


def canonical_url(page, request=None):
    """The page's own address on the public host, without any query string."""
    parts = page.get_url_parts(request)
    if not parts or parts[2] is None:
        return None
    return absolute_url(parts[2])


def search_url():
    try:
        return reverse("search")
    except NoReverseMatch:
        return None


def article_type(page):
    """The kind of article a page is, for structured data and og:type: its page type says so
    (SitePage.structured_data_type)."""
    return getattr(page, "structured_data_type", None)


def page_description(page):
    """The editor's search description, else the first text of the page (its intro, lead or
    body, whatever the page type searches on), else the site-wide default."""
    own = (getattr(page, "search_description", "") or "").strip()
    if own:
        return own
    for text in page_texts(page):
        text = " ".join(text.split())
        if text:
            return shorten(text, DESCRIPTION_LENGTH)
    return DEFAULT_DESCRIPTION


def shorten(text, length):
    if len(text) <= length:
        return text
    return text[: length - 1].rsplit(" ", 1)[0].rstrip(" .,;:") + "…"


def share_image(request):
    """(absolute url, width, height, alt) of the image shown when a page is shared."""
    image = SiteSettings.for_request(request).default_share_image if request else None
    if image is not None:
        rendition = image.get_rendition(SHARE_IMAGE_SPEC)
        return absolute_url(rendition.url), rendition.width, rendition.height, image.title
    path, width, height = STATIC_SHARE_IMAGE
    return absolute_url(static(path)), width, height, SHARE_IMAGE_ALT


def organisation(request):
    name = SiteSettings.for_request(request).organisation_name if request else SITE_NAME
    return {"@type": "GovernmentOrganization", "name": name, "url": absolute_url("/")}


def build_page_meta(context):
    """Everything templates/includes/meta.html shows, for a Wagtail page or any other view.

    Views without a page set `meta_title`, and optionally `meta_description`, in their context.
    """
    request = context.get("request")
    page = context.get("page")
    page = page if isinstance(page, Page) else None
    meta = {
        "title": context.get("meta_title") or "",
        "title_suffix": TITLE_SEPARATOR + SITE_NAME,
        "description": context.get("meta_description") or DEFAULT_DESCRIPTION,
        "site_name": SITE_NAME,
        "canonical": None,
        "og_type": "website",
        "json_ld": [],
    }
    if page is None:
        return meta

    is_home = page.depth == 2
    meta["title"] = meta["title"] or page.seo_title or page.title
    if is_home and meta["title"] == SITE_NAME:
        meta["title_suffix"] = ""
    meta["description"] = context.get("meta_description") or page_description(page)
    meta["canonical"] = canonical_url(page, request)
    if meta["canonical"] is None:
        return meta  # Not routable, for example a page outside any site.

    image_url, width, height, alt = share_image(request)
    meta.update(image=image_url, image_width=width, image_height=height, image_alt=alt)

    kind = article_type(page)
    if kind:
        meta["og_type"] = "article"
        meta["published"] = published_at(page)
        meta["modified"] = page.last_published_at
        meta["json_ld"].append(article_data(page, kind, meta, request))
    if is_home:
        meta["json_ld"].append(website_data(request))
    else:
        meta["json_ld"].append(breadcrumb_data(page, request))
    return meta


def published_at(page):
    return getattr(page, "published_datetime", None) or page.first_published_at


def website_data(request):
    data = {
        "@context": "https://schema.org",
        "@type": "WebSite",
        "name": SITE_NAME,
        "url": absolute_url("/"),
        "inLanguage": "nl-NL",
        "publisher": organisation(request),
    }
    search = search_url()
    if search:
        data["potentialAction"] = {
            "@type": "SearchAction",
            "target": {
                "@type": "EntryPoint",
                "urlTemplate": absolute_url(search) + "?q={search_term_string}",
            },
            "query-input": "required name=search_term_string",
        }
    return data


def breadcrumb_data(page, request):
    # The same trail as the breadcrumbs; their addresses come from the site root paths that
    # Wagtail caches on the request.
    trail = [*trail_above(page, request), page]
    items = []
    for position, crumb in enumerate(trail, start=1):
        url = canonical_url(crumb, request)
        items.append(
            {
                "@type": "ListItem",
                "position": position,
                "name": "Home" if crumb.depth == 2 else crumb.title,
                "item": url,
            }
        )
    return {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": items}


def article_data(page, kind, meta, request):
    data = {
        "@context": "https://schema.org",
        "@type": kind,
        "headline": Truncator(page.title).chars(110),
        "description": meta["description"],
        "url": meta["canonical"],
        "mainEntityOfPage": meta["canonical"],
        "inLanguage": "nl-NL",
        "image": [meta["image"]],
        "publisher": organisation(request),
        "author": organisation(request),
    }
    if meta["published"]:
        data["datePublished"] = meta["published"]
    if meta["modified"]:
        data["dateModified"] = meta["modified"]
    return data


def json_ld_script(data):
    """<script type="application/ld+json">: data, not code, so the CSP allows it.

    Escaped the way Django's json_script escapes, so that no text can close the element early.
    """
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False)
    return format_html(
        '<script type="application/ld+json">{}</script>',
        mark_safe(text.translate(JSON_SCRIPT_ESCAPES)),  # noqa: S308 - escaped just above
    )
