"""Models every app shares: the site-wide settings editors manage under *Instellingen*, and the
bookkeeping of the once-a-minute scheduler."""

from django.db import models
from wagtail.admin.panels import FieldPanel, HelpPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField

from .blocks import LinkBlock


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    organisation_name = models.CharField(
        "naam organisatie",
        max_length=160,
        default="Ministerie van Binnenlandse Zaken en Koninkrijksrelaties",
        help_text="De organisatie die verantwoordelijk is voor de website. Staat in de footer.",
    )
    team_name = models.CharField(
        "naam team",
        max_length=160,
        blank=True,
        default="Team Veilige Publieke Dienstverlening",
        help_text="Het team dat de website beheert.",
    )
    contact_email = models.EmailField(
        "e-mailadres",
        blank=True,
        help_text="Het e-mailadres voor vragen over de website. Staat in de footer.",
    )
    contact_phone = models.CharField(
        "telefoonnummer",
        max_length=40,
        blank=True,
        help_text="Laat leeg als er geen telefoonnummer is.",
    )
    postal_address = models.TextField(
        "postadres", blank=True, help_text="Bijvoorbeeld: Postbus 20011, 2500 EA Den Haag."
    )
    footer_links = StreamField(
        [("link", LinkBlock())],
        verbose_name="servicelinks in de footer",
        blank=True,
        help_text="Bijvoorbeeld toegankelijkheid, privacy, cookies en contact.",
    )
    default_share_image = models.ForeignKey(
        "assets.CustomImage",
        verbose_name="standaard deelafbeelding",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Getoond als iemand een pagina deelt op sociale media en de pagina zelf geen afbeelding heeft.",
    )
    security_contact = models.CharField(
        "contact voor beveiligingsmeldingen",
        max_length=255,
        blank=True,
        help_text=(
            "Een mailto:- of https:-adres voor het melden van kwetsbaarheden (security.txt). "
            "Leeg: het adres uit de instelling SECURITY_CONTACT van de server."
        ),
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("organisation_name"),
                FieldPanel("team_name"),
                FieldPanel("contact_email"),
                FieldPanel("contact_phone"),
                FieldPanel("postal_address"),
            ],
            heading="Contactgegevens",
        ),
        FieldPanel("footer_links"),
        FieldPanel("default_share_image"),
        MultiFieldPanel(
            [
                HelpPanel("Deze gegevens staan in /.well-known/security.txt."),
                FieldPanel("security_contact"),
            ],
            heading="Beveiliging",
        ),
    ]

    class Meta:
        verbose_name = "site-instellingen"


class ScheduledRun(models.Model):
    """The last minute a once-a-minute job ran, so that it runs once however many start it."""

    job = models.CharField("taak", max_length=80, unique=True)
    minute = models.DateTimeField("laatste minuut")

    class Meta:
        verbose_name = "geplande taak"
        verbose_name_plural = "geplande taken"

    def __str__(self):
        return f"{self.job} ({self.minute:%Y-%m-%d %H:%M})"
