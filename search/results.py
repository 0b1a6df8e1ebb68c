"""Running a site search: pages and documents, counts per kind, one page of results.

The number of database queries is fixed: the counts come from one grouped query, the current page
of results is fetched as a slice, its pages are made specific once, and the breadcrumbs of all its
results come from one query. What a page's result shows is kept per generation, for every search;
which results a page of a search holds is kept per generation too (search/views.py), so the same
page of the same search runs no full-text query until something changes.
"""

from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.utils.functional import cached_property
from wagtail.models import Page

from assets.documents import public_documents
from core.text import page_texts
from pagecache.fragments import Fragment
from themes.models import DocumentLibraryPage

from .excerpts import excerpt
from .query import build_search_query

# What a search result shows of a page, per host; the same for every search.
SEARCH_RESULTS = Fragment("search-result", in_memory=False)  # whole page texts: large
# The kinds of result with their counts, per site and search (search/views.py).
SEARCH_KINDS = Fragment("search-kinds")
# One page of a search's results as shown, per site, host, search, kind and slice (search/views.py).
SEARCH_RESULT_PAGES = Fragment("search-result-page")

DOCUMENT_KIND = "document"

# How kinds of page are called in the results and the filter: (filter value, label).
# Page types without an entry use their own name ("verbose_name").
KIND_LABELS = {
    "home.homepage": ("pagina", "Pagina"),
    "home.standardpage": ("pagina", "Pagina"),
    "compliance.accessibilitystatementpage": ("pagina", "Pagina"),
    "compliance.woorequestpage": ("pagina", "Pagina"),
    "themes.themepage": ("thema", "Thema"),
    "themes.topicpage": ("onderwerp", "Onderwerp"),
    "themes.documentlibrarypage": ("overzicht", "Overzicht"),
    "news.newsindexpage": ("overzicht", "Overzicht"),
    "news.newspage": ("nieuws", "Nieuws"),
}


def kind_of_model(model):
    known = KIND_LABELS.get(model._meta.label_lower)
    if known:
        return known
    name = str(model._meta.verbose_name)
    return model._meta.model_name, name[:1].upper() + name[1:]


@dataclass
class Kind:
    value: str
    label: str
    count: int = 0
    content_type_ids: list = field(default_factory=list)


@dataclass
class Result:
    title: str
    url: str
    kind_label: str
    excerpt: str = ""
    breadcrumb: list = field(default_factory=list)
    detail: str = ""


class ResultSequence:
    """Several search results one after the other (pages first, then documents), with counts
    known beforehand, sliceable for the paginator without counting again."""

    def __init__(self, parts):
        self.parts = [(results, count) for results, count in parts if count]

    def count(self):
        return sum(count for _, count in self.parts)

    def __len__(self):
        return self.count()

    def __getitem__(self, key):
        if not isinstance(key, slice):
            raise TypeError("Only slices are supported.")
        start, stop = key.start or 0, key.stop if key.stop is not None else self.count()
        items, offset = [], 0
        for results, count in self.parts:
            begin, end = max(start - offset, 0), min(stop - offset, count)
            if begin < end:
                items.extend(results[begin:end])
            offset += count
        return items


@dataclass(frozen=True)
class Hit:
    """One result of a search, as kept: a page (with its type) or a document."""

    pk: int
    content_type_id: int | None = None  # None: a document

    @property
    def is_page(self):
        return self.content_type_id is not None


def hit_of(item):
    return Hit(item.pk, item.content_type_id) if isinstance(item, Page) else Hit(item.pk)


class SiteSearch:
    def __init__(self, clean_query, site=None):
        self.query = build_search_query(clean_query.terms)
        self.site = site

    # Built when a search runs, not before: with the counts and the page of results kept, a
    # repeated search needs neither (building them costs more than the rest of the view).
    @cached_property
    def pages(self):
        pages = Page.objects.live().public()
        # Only pages of this site; never the tree's invisible root page.
        return pages.in_site(self.site) if self.site else pages.filter(depth__gt=1)

    @cached_property
    def documents(self):
        return public_documents()

    def kinds(self):
        """The kinds of result with their counts, largest first; documents last."""
        by_value = {}
        facets = self.pages.search(self.query).facet("content_type_id")
        for content_type_id, count in facets.items():
            # Content types are cached by Django after their first use.
            model = ContentType.objects.get_for_id(content_type_id).model_class()
            if model is None:
                continue  # A page type whose code was removed.
            value, label = kind_of_model(model)
            kind = by_value.setdefault(value, Kind(value, label))
            kind.count += count
            kind.content_type_ids.append(content_type_id)
        kinds = sorted(by_value.values(), key=lambda kind: (-kind.count, kind.label))
        document_count = self.documents.search(self.query).count()
        if document_count:
            kinds.append(Kind(DOCUMENT_KIND, "Document", document_count))
        return kinds

    def results(self, kinds, chosen=None):
        """A sliceable sequence of raw results for one kind, or for all kinds."""
        parts = []
        for kind in kinds:
            if chosen and kind.value != chosen:
                continue
            if kind.value == DOCUMENT_KIND:
                parts.append((self.documents.search(self.query), kind.count))
            elif chosen:
                pages = self.pages.filter(content_type_id__in=kind.content_type_ids)
                parts.append((pages.search(self.query), kind.count))
        if not chosen:
            page_count = sum(kind.count for kind in kinds if kind.value != DOCUMENT_KIND)
            parts.insert(0, (self.pages.search(self.query), page_count))
        return ResultSequence(parts)

    def present(self, hits, request, pattern):
        """Turn one page of hits into what the template shows."""
        page_types = {hit.pk: hit.content_type_id for hit in hits if hit.is_page}
        # What a result shows of a page is the same for every search: kept per generation.
        pages = SEARCH_RESULTS.get_many(
            request,
            list(page_types),
            lambda ids: page_results({pk: page_types[pk] for pk in ids}, request),
            request.get_host(),
        )
        document_ids = [hit.pk for hit in hits if not hit.is_page]
        documents = self.documents.in_bulk(document_ids) if document_ids else {}
        library = document_library_crumbs() if documents else None
        presented = []
        for hit in hits:
            if hit.is_page:
                shown = pages.get(hit.pk)
                if shown is None:
                    continue
                presented.append(
                    Result(
                        title=shown["title"],
                        url=shown["url"],
                        kind_label=shown["kind_label"],
                        excerpt=excerpt(shown["texts"], pattern),
                        breadcrumb=shown["breadcrumb"],
                    )
                )
            elif hit.pk in documents:
                presented.append(document_result(documents[hit.pk], pattern, library))
        return presented


def page_results(page_types, request):
    """{page id: what its search result shows} for the pages that have an address.

    page_types is {page id: content type id}: one query per page type, as Page.specific() would
    do, but without its first query for the types."""
    by_type = {}
    for page_id, content_type_id in page_types.items():
        by_type.setdefault(content_type_id, []).append(page_id)
    specific = []
    for content_type_id, ids in by_type.items():
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        if model is not None:  # None: a page type whose code was removed
            specific += model.objects.filter(pk__in=ids)
    crumbs = breadcrumbs_for(specific)
    shown = {}
    for page in specific:
        url = page.get_url(request)
        if url is not None:
            shown[page.pk] = {
                "title": page.title,
                "url": url,
                "kind_label": kind_of_model(type(page))[1],
                "texts": page_texts(page),
                "breadcrumb": crumbs.get(page.pk, []),
            }
    return shown


def breadcrumbs_for(pages):
    """{page id: [ancestor titles below the site root]} for all pages, in one query."""
    wanted = {}
    for page in pages:
        # Paths of the ancestors between the home page (depth 2) and the page itself.
        steps = Page.steplen
        wanted[page.pk] = [page.path[: steps * depth] for depth in range(2, page.depth)]
    paths = {path for ancestor_paths in wanted.values() for path in ancestor_paths}
    titles = dict(Page.objects.filter(path__in=paths).values_list("path", "title"))
    home_path_length = Page.steplen * 2
    return {
        page_id: [
            "Home" if len(path) == home_path_length else titles[path]
            for path in ancestor_paths
            if path in titles
        ]
        for page_id, ancestor_paths in wanted.items()
    }


def document_library_crumbs():
    library = DocumentLibraryPage.objects.live().public().only("title").first()
    return ["Home", library.title] if library else ["Home"]


def document_result(document, pattern, breadcrumb):
    # Only a size that is already known: working it out would open the file and save the
    # document during a search.
    size = document.file_size_display if document.file_size is not None else ""
    details = [part for part in (document.file_type, size) if part]
    return Result(
        title=document.title,
        url=document.url,
        kind_label="Document",
        excerpt=excerpt([document.description], pattern),
        breadcrumb=breadcrumb,
        detail=", ".join(details),
    )
