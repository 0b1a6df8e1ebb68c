"""The admin form of every page type (base_form_class)."""

from django import forms
from django.urls import reverse
from django.utils.html import format_html
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail.permissions import policy_registry

MAX_SLUG_SUFFIX = 100


def may_choose_images(user):
    """Whether the editor may choose an image from any collection of the library."""
    policy = policy_registry.get_by_type(get_image_model())
    return policy.user_has_any_permission(user, ["choose"])


def free_slug(slug, parent_page, instance):
    """slug-2, slug-3, ...: the first address that no sibling uses yet."""
    base = slug[:240]
    for number in range(2, MAX_SLUG_SUFFIX):
        candidate = f"{base}-{number}"
        if Page._slug_is_available(candidate, parent_page, instance):
            return candidate
    return None


class PageForm(WagtailAdminPageForm):
    """Wagtail's page form; when the address is taken, it proposes a free one and links to an
    earlier draft of the editor's that uses it.

    That happens when an editor starts a new page a second time: the first attempt was
    autosaved as a draft under the same address, and Wagtail's own message ("De slug ... is al
    in gebruik") leaves them stuck, with what they uploaded in the first attempt unused.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.for_user is not None and not may_choose_images(self.for_user):
            # Left out of the form, so saving keeps the page's image as it is (a municipal
            # editor saving an example keeps the picture BZK chose; practice/municipalities.py).
            for name in getattr(self._meta.model, "image_choice_fields", ()):
                self.fields.pop(name, None)

    def clean(self):
        slug = self.cleaned_data.get("slug")
        cleaned_data = super().clean()
        taken = (
            slug
            and self.has_error("slug")
            and self.parent_page is not None
            and not Page._slug_is_available(slug, self.parent_page, self.instance)
        )
        if taken:
            del self._errors["slug"]  # Replaced by the message below.
            self.add_error("slug", self.slug_taken_error(slug))
        return cleaned_data

    def slug_taken_error(self, slug):
        proposal = free_slug(slug, self.parent_page, self.instance)
        if proposal:
            # Shown in the slug field when the form comes back, so that saving again works.
            data = self.data.copy()
            data[self.add_prefix("slug")] = proposal
            self.data = data
        taken_by = self.parent_page.get_children().filter(slug=slug).first()
        draft_link = ""
        editable_draft = (
            taken_by is not None
            and not taken_by.live
            and self.for_user is not None
            and taken_by.permissions_for_user(self.for_user).can_edit()
        )
        if editable_draft:
            draft_link = format_html(
                ' Het webadres hoort bij een concept dat u al eerder begon: <a href="{}">'
                "open het concept ‘{}’</a> om daar verder te gaan.",
                reverse("wagtailadmin_pages:edit", args=(taken_by.pk,)),
                taken_by.get_admin_display_title(),
            )
        proposal_text = (
            format_html(
                " Wij vulden ‘{}’ in; kies opnieuw Opslaan om dat webadres te gebruiken.", proposal
            )
            if proposal
            else " Kies een ander webadres."
        )
        return forms.ValidationError(
            format_html(
                "Het webadres ‘{}’ is al in gebruik op deze plek.{}{}",
                slug,
                draft_link,
                proposal_text,
            ),
            code="slug_in_use",
        )
