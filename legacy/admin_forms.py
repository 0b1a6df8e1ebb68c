"""The redirect form of Wagtail's admin, made to accept our paths.

Wagtail's form (also used by its CSV/XLSX import) only takes full addresses such as
https://example.com/page as a target, so a file like redirects/agressievrijwerk.csv, with targets
such as /preventie/, is refused row by row. This form also takes a path on this site and stores it
as a link to the page that answers it, so the redirect keeps working when that page moves. The old
path is normalised the way the middleware matches it (lower case, no index.html, no slash at the end).
"""

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db.models.functions import Lower
from wagtail.contrib.redirects.forms import RedirectForm
from wagtail.contrib.redirects.models import Redirect

from legacy.pages import live_pages, public_path, site_root_path
from legacy.paths import local_part, normalise_path, split_suffix


class RedirectTargetField(forms.CharField):
    """A path on this site (/preventie/) or a full http(s) address of another site."""

    def clean(self, value):
        value = super().clean(value).strip()
        if not value or local_part(value) is not None:
            return value
        URLValidator(
            schemes=["http", "https"],
            message=(
                "Vul een pad op deze site in dat met / begint, zoals /preventie/, "
                "of een volledig webadres dat met https:// begint."
            ),
        )(value)
        return value


class LegacyRedirectForm(RedirectForm):
    redirect_link = RedirectTargetField(
        label="Doorverwijzen naar een adres",
        required=False,
        max_length=255,
        help_text=(
            "Een pad op deze site, bijvoorbeeld /preventie/, of een volledig webadres van een "
            "andere site. Een pad op deze site wordt opgeslagen als de pagina die daar staat."
        ),
    )

    def clean_old_path(self):
        old_path = self.cleaned_data["old_path"].strip()
        if not old_path:
            raise ValidationError("Vul het oude adres in, bijvoorbeeld /bij-incident/melden.")
        return normalise_path(old_path)

    def clean(self):
        # Skips RedirectForm.clean: its duplicate check is ours, made case-insensitive.
        cleaned_data = super(RedirectForm, self).clean() or self.cleaned_data
        old_path = cleaned_data.get("old_path")
        if old_path and cleaned_data.get("site") is None and self._is_duplicate(old_path):
            self.add_error("old_path", "Voor dit oude adres bestaat al een doorverwijzing.")
        self._link_to_page(cleaned_data)
        has_target = cleaned_data.get("redirect_page") or cleaned_data.get("redirect_link")
        if not has_target and not self.has_error("redirect_link"):
            self.add_error(
                "redirect_link", "Kies een pagina of vul een adres in om naar te verwijzen."
            )
        return cleaned_data

    def _is_duplicate(self, old_path):
        # For a specific site the model's unique check does this job.
        duplicates = Redirect.objects.annotate(match_path=Lower("old_path")).filter(
            match_path=old_path, site__isnull=True
        )
        if self.instance.pk:
            duplicates = duplicates.exclude(pk=self.instance.pk)
        return duplicates.exists()

    def _link_to_page(self, cleaned_data):
        link = cleaned_data.get("redirect_link")
        local = local_part(link) if link else None
        if local is None or cleaned_data.get("redirect_page"):
            return
        path, suffix = split_suffix(local)
        root_path = site_root_path()
        page = live_pages({normalise_path(path)}, root_path).get(normalise_path(path))
        if page is None:
            self.add_error(
                "redirect_link",
                f"Op {path} staat geen gepubliceerde pagina. Controleer het pad of kies de pagina "
                "hierboven.",
            )
        elif suffix:
            cleaned_data["redirect_link"] = public_path(page.url_path, root_path) + suffix
        else:
            cleaned_data["redirect_page"] = page
            cleaned_data["redirect_link"] = ""

    def _get_validation_exclusions(self):
        # The model's URL check would refuse "/documenten/?categorie=x"; the field checked it.
        exclude = super()._get_validation_exclusions()
        exclude.add("redirect_link")
        return exclude


def install():
    """Use LegacyRedirectForm in Wagtail's redirect views and its import."""
    from wagtail.contrib.redirects import views

    views.RedirectForm = LegacyRedirectForm
    views.CreateView.form_class = LegacyRedirectForm
    views.EditView.form_class = LegacyRedirectForm
