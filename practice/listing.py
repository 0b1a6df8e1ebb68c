"""The filters, counts and results of the practice example listing.

Filters combine with OR within one facet and AND across facets. The number next to an option is
the number of examples that have it and match every *other* facet and the text query: what the
visitor gets with only that option ticked in its facet.

The number of SQL queries does not depend on the number of examples or on the filters chosen: one
query per facet for its options, one per facet for its counts, and the results page itself.
"""

from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.db.models import CharField, Count, Q, Value
from django.db.models.functions import Lower
from django.template.loader import render_to_string
from django.utils.functional import cached_property

from core.pagination import paginate
from core.query import MAX_QUERY_LENGTH, clean_query
from pagecache.fragments import Fragment, KeptSlices, text_part
from themes.models import ThemePage

from .taxonomies import AggressionType, OrganisationType, Province, WorkSetting

MAX_QUERY_TERMS = 8
# Longer values cannot be a slug; they are ignored without echoing them back in full.
MAX_SHOWN_VALUE_LENGTH = 40

QUERY_PARAM = "q"
SORT_PARAM = "sorteer"
PAGE_PARAM = "pagina"


@dataclass(frozen=True)
class Sort:
    value: str
    label: str
    ordering: tuple


SORTS = [
    Sort("nieuwste", "Nieuwste eerst", ("-publication_date", Lower("title"))),
    Sort("titel", "Titel (A tot Z)", (Lower("title"), "-publication_date")),
]
DEFAULT_SORT = SORTS[0]


def theme_options():
    return ThemePage.objects.live().order_by("path").values_list("pk", "slug", "title")


def taxonomy_options(model):
    return lambda: model.objects.order_by("sort_order", "name").values_list("pk", "slug", "name")


@dataclass(frozen=True)
class FacetSpec:
    param: str
    label: str
    relation: str  # the field on PracticeExamplePage
    load_options: object  # callable returning (pk, slug, label) rows, in display order


FACETS = [
    FacetSpec("thema", "Thema", "themes", theme_options),
    FacetSpec(
        "organisatie", "Soort organisatie", "organisation_type", taxonomy_options(OrganisationType)
    ),
    FacetSpec("provincie", "Provincie", "provinces", taxonomy_options(Province)),
    FacetSpec("agressie", "Soort agressie", "aggression_types", taxonomy_options(AggressionType)),
    FacetSpec("werksituatie", "Werksituatie", "work_settings", taxonomy_options(WorkSetting)),
]

FACETS_BY_RELATION = {spec.relation: spec for spec in FACETS}


# The options of each filter, by its parameter.
FACET_OPTIONS = Fragment("facet-options")
# How many examples match and each option would give, per filter set (PracticeListing._counts).
FACET_COUNTS = Fragment("facet-counts")
# Which examples one page of results holds, per filter set, order and slice (_paginate).
RESULT_PAGES = Fragment("practice-result-page")
# The rendered filter form with its counts, per filter set and host (PracticeListing.filter_form).
FILTER_FORMS = Fragment("filter-form")
# An example's rendered result card, per host: the same in every filter set and order.
EXAMPLE_CARDS = Fragment("example-card")

FILTER_FORM_TEMPLATE = "practice/includes/filter_form.html"
CARD_TEMPLATE = "practice/includes/example_card.html"


def facet_option_rows(spec):
    # The options change only when an editor changes a theme or a snippet: kept per generation.
    return FACET_OPTIONS.get(None, lambda: list(spec.load_options()), spec.param)


@dataclass(frozen=True)
class Term:
    """A filter option as an example page shows it: a link to the listing filtered on it."""

    pk: int
    slug: str
    name: str


def facet_terms(relation):
    """The options of the filter on a relation of PracticeExamplePage, from the cache."""
    rows = facet_option_rows(FACETS_BY_RELATION[relation])
    return [Term(pk, slug, name) for pk, slug, name in rows]


def term_ids_of(example_model, example_pk, relations):
    """(term pk, relation) of every term one example has on the many-to-many relations, read in
    one query (a UNION over the link tables) instead of one query per relation."""
    parts = []
    for relation in relations:
        model_field = example_model._meta.get_field(relation)
        through = model_field.remote_field.through
        parts.append(
            through.objects.filter(**{f"{model_field.m2m_field_name()}_id": example_pk})
            .annotate(relation=Value(relation, output_field=CharField()))
            .values_list(f"{model_field.m2m_reverse_field_name()}_id", "relation")
        )
    return parts[0].union(*parts[1:], all=True)


@dataclass
class Option:
    pk: int
    value: str
    label: str
    selected: bool = False
    count: int = 0
    remove_querystring: str = ""


@dataclass
class Facet:
    spec: FacetSpec
    options: list
    example_model: type  # the page model the facet filters (PracticeExamplePage)
    ignored: list = field(default_factory=list)

    @property
    def param(self):
        return self.spec.param

    @property
    def label(self):
        return self.spec.label

    @property
    def selected(self):
        return [option for option in self.options if option.selected]

    @property
    def selected_pks(self):
        return [option.pk for option in self.selected]

    @property
    def field(self):
        return self.example_model._meta.get_field(self.spec.relation)

    def filter_q(self):
        """The condition 'has one of the chosen options' (an empty Q when none is chosen)."""
        pks = self.selected_pks
        if not pks:
            return Q()
        model_field = self.field
        if not model_field.many_to_many:
            return Q(**{f"{model_field.attname}__in": pks})
        # A subquery on the link table: no joins on the examples, so no duplicate rows.
        through = model_field.remote_field.through
        linked = through.objects.filter(
            **{f"{model_field.m2m_reverse_field_name()}_id__in": pks}
        ).values(f"{model_field.m2m_field_name()}_id")
        return Q(pk__in=linked)

    def count_per_option(self, examples):
        """{option pk: number of the given examples that have it}, in one query."""
        model_field = self.field
        if not model_field.many_to_many:
            rows = examples.order_by().values_list(model_field.attname).annotate(number=Count("pk"))
        else:
            through = model_field.remote_field.through
            target = f"{model_field.m2m_reverse_field_name()}_id"
            rows = (
                through.objects.filter(
                    **{f"{model_field.m2m_field_name()}_id__in": examples.values("pk")}
                )
                .order_by()
                .values_list(target)
                .annotate(number=Count("pk"))
            )
        return dict(rows)


SEARCHED_FIELDS = [
    "title",
    "lead",
    "organisation_name",
    "situation",
    "approach",
    "results",
    "lessons",
    "quote_text",
]


def query_q(text):
    """Every word must occur in one of the searched fields (a plain, predictable search)."""
    condition = Q()
    for term in text.split()[:MAX_QUERY_TERMS]:
        any_field = Q()
        for name in SEARCHED_FIELDS:
            any_field |= Q(**{f"{name}__icontains": term})
        condition &= any_field
    return condition


def shown_value(value):
    if len(value) > MAX_SHOWN_VALUE_LENGTH:
        return value[:MAX_SHOWN_VALUE_LENGTH] + "…"
    return value


class PracticeListing:
    """Everything the listing template shows, computed from the request's query string."""

    def __init__(self, index_page, request, per_page=None):
        self.index_page = index_page
        self.request = request
        # A caller may ask for its own page size (the open API does); the page uses its own.
        self.per_page = per_page or index_page.per_page
        self.messages = []
        params = request.GET

        raw_query = params.get(QUERY_PARAM, "")
        cleaned = clean_query(raw_query)
        self.query = cleaned.text
        if cleaned.truncated:
            self.messages.append(
                f"Uw zoekterm was te lang. We zoeken op de eerste {MAX_QUERY_LENGTH} tekens."
            )

        sorts = {sort.value: sort for sort in SORTS}
        self.sort = sorts.get(params.get(SORT_PARAM, ""), DEFAULT_SORT)

        example_model = index_page.examples().model
        self.facets = [
            self._read_facet(spec, params.getlist(spec.param), example_model) for spec in FACETS
        ]
        for facet in self.facets:
            if facet.ignored:
                values = ", ".join(f"‘{shown_value(value)}’" for value in facet.ignored)
                self.messages.append(
                    f"{facet.label}: {values} kennen we niet. We hebben dit filter weggelaten."
                )
        self._set_remove_links()
        counts = self._counts()
        self.page = self._paginate(counts["total"])
        self._set_option_counts(counts["per_facet"])

    @staticmethod
    def _read_facet(spec, raw_values, example_model):
        rows = facet_option_rows(spec)
        options = [Option(pk, slug, label) for pk, slug, label in rows]
        by_value = {option.value: option for option in options}
        ignored = []
        for value in dict.fromkeys(raw_values):  # unique, in order
            value = value.strip()
            if not value:
                continue  # "Alle" or an empty checkbox value
            if value in by_value:
                by_value[value].selected = True
            elif len(ignored) < 3:
                ignored.append(value)
        return Facet(spec, options, example_model, ignored)

    # Query strings -------------------------------------------------------------------------

    def _pairs(self, without=None):
        """The cleaned query string as (key, value) pairs, optionally without one chosen value."""
        pairs = []
        for facet in self.facets:
            for option in facet.selected:
                if (facet.param, option.value) != without:
                    pairs.append((facet.param, option.value))
        if self.query and without != (QUERY_PARAM, self.query):
            pairs.append((QUERY_PARAM, self.query))
        if self.sort is not DEFAULT_SORT:
            pairs.append((SORT_PARAM, self.sort.value))
        return pairs

    def _set_remove_links(self):
        for facet in self.facets:
            for option in facet.selected:
                option.remove_querystring = urlencode(
                    self._pairs(without=(facet.param, option.value))
                )
        self.remove_query_querystring = urlencode(self._pairs(without=(QUERY_PARAM, self.query)))

    @property
    def querystring(self):
        return urlencode(self._pairs())

    # State -----------------------------------------------------------------------------------

    @property
    def chosen_value_count(self):
        return sum(len(facet.selected) for facet in self.facets) + (1 if self.query else 0)

    @property
    def is_filtered(self):
        return self.chosen_value_count > 0

    @property
    def noindex(self):
        """Search engines index the full list and single-filter pages, not every combination."""
        return self.chosen_value_count > 1 or bool(self.query) or bool(self.messages)

    @property
    def sorts(self):
        return SORTS

    # Queries ---------------------------------------------------------------------------------

    @cached_property
    def base(self):
        # .public() runs a query for the private sections, so the base query set is built once.
        return self.index_page.examples()

    def _matching(self, except_facet=None):
        condition = query_q(self.query)
        for facet in self.facets:
            if facet is not except_facet:
                condition &= facet.filter_q()
        return self.base.filter(condition)

    def _paginate(self, total):
        """One page of results as the ids of its examples, in order: what a card shows is kept
        per example (cards), so the page needs neither the examples' rows nor their provinces.
        Which ids a page holds is kept per filter set, order and page size too: the next
        visitor with the same filters runs no query."""
        results = KeptSlices(
            RESULT_PAGES,
            self.request,
            lambda: self._matching().order_by(*self.sort.ordering).values_list("pk", flat=True),
            total,
            self.index_page.pk,
            self._filter_set,
            self.sort.value,
        )
        page = paginate(self.request, results, self.per_page, param=PAGE_PARAM, count=total)
        page.object_list = list(page.object_list)
        # Pagination links carry the cleaned filters only, never a mangled value.
        page.querystring = self.querystring
        requested = self.request.GET.get(PAGE_PARAM)
        if requested not in (None, "", str(page.number)):
            self.messages.append(
                f"Pagina ‘{shown_value(requested)}’ bestaat niet. U ziet pagina {page.number}."
            )
        return page

    @cached_property
    def examples(self):
        """This page's examples as objects, in order (the open API shows their fields)."""
        return self._examples_with_ids(self.page.object_list)

    def _examples_with_ids(self, ids):
        found = (
            self.base.model.objects.filter(pk__in=ids)
            .select_related("organisation_type")
            .prefetch_related("provinces")
            .in_bulk()
        )
        return [found[pk] for pk in ids if pk in found]

    @cached_property
    def cards(self):
        """This page's result cards as HTML. A card is the same in every filter set, order and
        page: rendered once per example and generation, for all visitors."""
        ids = self.page.object_list
        kept = EXAMPLE_CARDS.get_many(
            self.request, ids, self._render_cards, self.request.get_host()
        )
        return [kept[pk] for pk in ids if pk in kept]

    def _render_cards(self, ids):
        return {
            example.pk: render_to_string(
                CARD_TEMPLATE, {"example": example, "request": self.request}
            )
            for example in self._examples_with_ids(ids)
        }

    @property
    def filter_form(self):
        """The filter form as HTML. It shows the chosen options, the words and the counts, and
        nothing else: rendered once per filter set and generation."""
        return FILTER_FORMS.get(
            self.request,
            lambda: render_to_string(
                FILTER_FORM_TEMPLATE,
                {"listing": self, "page": self.index_page, "request": self.request},
            ),
            self.index_page.pk,
            self._filter_set,
            self.request.get_host(),
        )

    def _counts(self):
        """How many examples match, and how many each option would give. They depend on the
        filters and the words, not on the page or the order: kept per generation for this filter
        set, so the next page, another order and the next visitor with the same filters skip the
        counting queries (the heavy part of the listing on a large site)."""
        return FACET_COUNTS.get(self.request, self._count_now, self.index_page.pk, self._filter_set)

    def _count_now(self):
        return {
            "total": self._matching().count(),
            "per_facet": {
                facet.param: facet.count_per_option(self._matching(except_facet=facet))
                for facet in self.facets
            },
        }

    def _set_option_counts(self, per_facet):
        for facet in self.facets:
            counts = per_facet[facet.param]
            for option in facet.options:
                option.count = counts.get(option.pk, 0)

    @cached_property
    def _filter_set(self):
        """The chosen options and the words, as a short stable part of a cache key."""
        chosen = [(facet.param, sorted(facet.selected_pks)) for facet in self.facets]
        return text_part(repr((chosen, self.query)))

    @property
    def result_count(self):
        return self.page.paginator.count

    @property
    def chips(self):
        chips = [
            {"facet": facet.label, "label": option.label, "querystring": option.remove_querystring}
            for facet in self.facets
            for option in facet.selected
        ]
        if self.query:
            chips.append(
                {
                    "facet": "Zoekterm",
                    "label": self.query,
                    "querystring": self.remove_query_querystring,
                }
            )
        return chips
