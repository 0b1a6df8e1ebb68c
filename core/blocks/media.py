"""Media blocks: images, document downloads and privacy-friendly videos."""

import re
from urllib.parse import parse_qs, urlparse

from django.core.exceptions import ValidationError
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents import get_document_model
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images import get_image_model
from wagtail.images.blocks import ImageChooserBlock

from .text import SafeRichTextBlock


def first_image():
    """Preview value for blocks that need an image: any image in the library, if there is one."""
    return get_image_model().objects.order_by("pk").first()


def first_document():
    return get_document_model().objects.order_by("pk").first()


class ImageValue(blocks.StructValue):
    @property
    def alt(self):
        """Empty for decorative images; otherwise the block's alt text or the image's own."""
        if self.get("decorative"):
            return ""
        image = self.get("image")
        return self.get("alt_text") or (getattr(image, "description", "") if image else "")


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label="Afbeelding")
    alt_text = blocks.CharBlock(
        label="Alternatieve tekst",
        required=False,
        max_length=250,
        help_text=(
            "Beschrijf wat de afbeelding laat zien voor wie haar niet kan zien. "
            "Leeg laten mag alleen als de afbeelding zelf al een beschrijving heeft, of als ze "
            "alleen versiert."
        ),
    )
    decorative = blocks.BooleanBlock(
        label="Alleen versiering",
        required=False,
        help_text="Aanvinken als de afbeelding niets toevoegt aan de tekst. Schermlezers slaan haar dan over.",
    )
    caption = blocks.CharBlock(label="Bijschrift", required=False, max_length=250)

    def clean(self, value):
        value = super().clean(value)
        image = value.get("image")
        has_alt = value.get("alt_text") or (image and getattr(image, "description", ""))
        if not value.get("decorative") and not has_alt:
            message = (
                "Vul een alternatieve tekst in, of vink aan dat de afbeelding alleen versiert."
            )
            raise StructBlockValidationError({"alt_text": ValidationError(message)})
        return value

    class Meta:
        template = "blocks/image.html"
        icon = "image"
        label = "Afbeelding"
        description = "Een foto of illustratie met alternatieve tekst en een bijschrift."
        value_class = ImageValue
        preview_value = {
            "image": first_image,
            "alt_text": "Voorbeeldafbeelding",
            "caption": "Bijschrift",
        }


class DocumentDownloadBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label="Document")
    title = blocks.CharBlock(
        label="Linktekst",
        required=False,
        max_length=160,
        help_text="Leeg laten om de titel van het document te gebruiken. Soort en grootte komen er vanzelf bij.",
    )

    class Meta:
        template = "blocks/document.html"
        icon = "doc-full"
        label = "Download"
        description = "Een document om te downloaden, met de soort bestand en de grootte erbij."
        preview_value = {"document": first_document}


VIDEO_HOSTS = {
    "youtube": re.compile(r"(^|\.)youtube\.com$|(^|\.)youtu\.be$"),
    "vimeo": re.compile(r"(^|\.)vimeo\.com$"),
}


def video_embed_url(url):
    """The privacy-friendly player address for a YouTube or Vimeo link, or None."""
    parsed = urlparse(url or "")
    host = (parsed.hostname or "").lower()
    if VIDEO_HOSTS["youtube"].search(host):
        if host.endswith("youtu.be"):
            video_id = parsed.path.strip("/")
        elif parsed.path.startswith(("/embed/", "/shorts/")):
            video_id = parsed.path.split("/")[2]
        else:
            video_id = (parse_qs(parsed.query).get("v") or [""])[0]
        if re.fullmatch(r"[A-Za-z0-9_-]{6,20}", video_id or ""):
            return f"https://www.youtube-nocookie.com/embed/{video_id}?autoplay=1&rel=0"
    if VIDEO_HOSTS["vimeo"].search(host):
        video_id = parsed.path.strip("/").split("/")[-1]
        if video_id.isdigit():
            return f"https://player.vimeo.com/video/{video_id}?autoplay=1&dnt=1"
    return None


class VideoValue(blocks.StructValue):
    @property
    def embed_url(self):
        return video_embed_url(self.get("url"))

    @property
    def host_name(self):
        return "Vimeo" if "vimeo" in (self.get("url") or "") else "YouTube"


class VideoBlock(blocks.StructBlock):
    """Nothing loads from the video host until the visitor chooses to play the video."""

    title = blocks.CharBlock(label="Titel van de video", max_length=160)
    url = blocks.URLBlock(
        label="Adres van de video",
        help_text="Een link naar een video op YouTube of Vimeo.",
    )
    duration = blocks.CharBlock(
        label="Duur", required=False, max_length=20, help_text="Bijvoorbeeld 3:45."
    )
    transcript = SafeRichTextBlock(
        label="Uitgeschreven tekst",
        help_text="Verplicht: wat er gezegd en getoond wordt, voor wie de video niet kan zien of horen.",
    )

    def clean(self, value):
        value = super().clean(value)
        if not video_embed_url(value.get("url")):
            message = "Gebruik een link naar een video op YouTube of Vimeo."
            raise StructBlockValidationError({"url": ValidationError(message)})
        return value

    class Meta:
        template = "blocks/video.html"
        icon = "media"
        label = "Video"
        description = (
            "Een video die pas laadt als de bezoeker op afspelen klikt, met uitgeschreven tekst."
        )
        value_class = VideoValue
        preview_value = {
            "title": "Zo gaat u om met boze klanten",
            "url": "https://www.youtube.com/watch?v=aaaaaaaaaaa",
            "duration": "2:30",
            "transcript": "<p>Een medewerker vertelt hoe zij een boze klant rustig te woord staat.</p>",
        }
