"""The block "Widgetcode" for the page that explains the widgets to intranet editors: the HTML to
copy for one widget, made from the choices, with the site's own address (CANONICAL_BASE_URL), so
the code is always right and nobody types an address by hand."""

from urllib.parse import urlencode

from django.conf import settings
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils.html import escape
from wagtail import blocks

from practice.listing import FACETS_BY_RELATION, facet_option_rows
from practice.models import PracticeExampleIndexPage

WIDGETS = (
    ("praktijkvoorbeelden", "Nieuwste praktijkvoorbeelden"),
    ("aanpak", "De aanpak in één oogopslag"),
)
FILTERS = {"thema": "themes", "organisatie": "organisation_type"}


def widget_url(value):
    base = settings.CANONICAL_BASE_URL.rstrip("/")
    if value["widget"] == "aanpak":
        return base + reverse("approach_widget")
    index = PracticeExampleIndexPage.objects.live().first()
    path = index.relative_url(index.get_site()) if index else "/ervaringen-uit-de-praktijk/"
    query = {param: value[param] for param in ("thema", "organisatie") if value.get(param)}
    if value.get("aantal"):
        query["aantal"] = value["aantal"]
    return f"{base}{path}widget/" + (f"?{urlencode(query)}" if query else "")


class WidgetCodeBlock(blocks.StructBlock):
    widget = blocks.ChoiceBlock(label="Widget", choices=WIDGETS, default="praktijkvoorbeelden")
    thema = blocks.CharBlock(
        label="Alleen dit thema",
        required=False,
        max_length=80,
        help_text="Alleen bij praktijkvoorbeelden: het laatste deel van het adres van het thema, zoals 'nazorg'.",
    )
    organisatie = blocks.CharBlock(
        label="Alleen deze soort organisatie",
        required=False,
        max_length=80,
        help_text="Alleen bij praktijkvoorbeelden: zoals 'gemeente' of 'waterschap'.",
    )
    aantal = blocks.IntegerBlock(
        label="Aantal voorbeelden", required=False, min_value=1, max_value=10
    )

    class Meta:
        template = "blocks/widget_code.html"
        icon = "code"
        label = "Widgetcode"
        description = "De HTML-code om een widget van deze site op een intranet te zetten."
        preview_value = {
            "widget": "praktijkvoorbeelden",
            "thema": "",
            "organisatie": "",
            "aantal": 3,
        }

    def clean(self, value):
        value = super().clean(value)
        if value["widget"] == "aanpak" and (value.get("thema") or value.get("organisatie")):
            raise ValidationError(
                "De aanpak heeft geen filters. Laat thema en soort organisatie leeg."
            )
        for param, relation in FILTERS.items():
            chosen = (value.get(param) or "").strip()
            if not chosen:
                continue
            known = [slug for _pk, slug, _label in facet_option_rows(FACETS_BY_RELATION[relation])]
            if chosen not in known:
                raise ValidationError(f"‘{chosen}’ kennen we niet. Kies uit: {', '.join(known)}.")
        return value

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        url = widget_url(value)
        title = dict(WIDGETS)[value["widget"]]
        context["widget_url"] = url
        context["code"] = (
            f'<iframe src="{escape(url)}" title="{escape(title)}" width="100%" height="480" '
            'loading="lazy" style="border:0"></iframe>'
        )
        return context
