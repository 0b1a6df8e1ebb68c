"""Link blocks: a call to action, related links and a contact card."""

from django.core.exceptions import ValidationError
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError


class LinkValue(blocks.StructValue):
    @property
    def href(self):
        page = self.get("page")
        if page:
            return page.url
        return self.get("url") or ""

    @property
    def label(self):
        page = self.get("page")
        return self.get("text") or (page.title if page else self.get("url"))

    @property
    def is_external(self):
        return not self.get("page") and bool(self.get("url"))


class LinkBlock(blocks.StructBlock):
    """A link to a page of this site or to a web address: exactly one of the two."""

    text = blocks.CharBlock(
        label="Linktekst",
        required=False,
        max_length=160,
        help_text="Leeg laten bij een pagina: dan wordt de titel van de pagina gebruikt.",
    )
    page = blocks.PageChooserBlock(label="Pagina op deze site", required=False)
    url = blocks.URLBlock(label="Of een webadres", required=False)

    def clean(self, value):
        value = super().clean(value)
        page, url = value.get("page"), value.get("url")
        if page and url:
            message = "Kies een pagina óf vul een webadres in, niet allebei."
            raise StructBlockValidationError({"url": ValidationError(message)})
        if not page and not url:
            message = "Kies een pagina of vul een webadres in."
            raise StructBlockValidationError({"page": ValidationError(message)})
        if url and not value.get("text"):
            message = "Geef een linktekst die zegt waar de link naartoe gaat."
            raise StructBlockValidationError({"text": ValidationError(message)})
        return value

    class Meta:
        template = "blocks/link.html"
        icon = "link"
        label = "Link"
        description = "Een link naar een pagina van deze site of naar een andere website."
        value_class = LinkValue
        preview_value = {"text": "Naar de Rijksoverheid", "url": "https://www.rijksoverheid.nl/"}


class CallToActionBlock(LinkBlock):
    class Meta:
        template = "blocks/call_to_action.html"
        icon = "pick"
        label = "Actieknop"
        description = "Een opvallende link naar de volgende stap voor de lezer."
        value_class = LinkValue
        preview_value = {"text": "Bekijk het voorbeeldprotocol", "url": "https://example.nl/"}


class RelatedLinksBlock(blocks.StructBlock):
    title = blocks.CharBlock(label="Titel", default="Meer informatie", max_length=120)
    links = blocks.ListBlock(LinkBlock(), label="Links", min_num=1)

    class Meta:
        template = "blocks/related_links.html"
        icon = "link"
        label = "Gerelateerde links"
        description = "Een lijstje links naar pagina's die verder helpen."
        preview_value = {
            "title": "Meer informatie",
            "links": [{"text": "Politie: aangifte doen", "url": "https://www.politie.nl/aangifte"}],
        }


class ContactCardBlock(blocks.StructBlock):
    name = blocks.CharBlock(label="Naam of afdeling", max_length=160)
    role = blocks.CharBlock(label="Functie", required=False, max_length=160)
    organisation = blocks.CharBlock(label="Organisatie", required=False, max_length=160)
    email = blocks.EmailBlock(label="E-mailadres", required=False)
    phone = blocks.CharBlock(label="Telefoonnummer", required=False, max_length=40)
    text = blocks.TextBlock(label="Toelichting", required=False, max_length=400)

    def clean(self, value):
        value = super().clean(value)
        if not value.get("email") and not value.get("phone"):
            message = "Vul een e-mailadres of telefoonnummer in."
            raise StructBlockValidationError({"email": ValidationError(message)})
        return value

    class Meta:
        template = "blocks/contact_card.html"
        icon = "user"
        label = "Contactpersoon"
        description = "Naam, functie en contactgegevens van iemand die de lezer verder helpt."
        preview_value = {
            "name": "Team Veilige Publieke Dienstverlening",
            "organisation": "Ministerie van BZK",
            "email": "veiligpubliek@example.nl",
            "text": "Voor vragen over deze website.",
        }
