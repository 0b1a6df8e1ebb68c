from django import forms
from django.contrib.auth import get_user_model
from django.db.models import Q
from wagtail.admin.widgets import AdminDateInput

from .models import PageReview


def editors():
    """Active accounts that can reach the admin: the only ones that can act on a reminder."""
    access_admin = Q(groups__permissions__codename="access_admin") | Q(
        user_permissions__codename="access_admin"
    )
    return (
        get_user_model()
        .objects.filter(Q(is_superuser=True) | access_admin, is_active=True)
        .distinct()
        .order_by("first_name", "last_name", "username")
    )


class EditorChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, user):
        name = user.get_full_name()
        return f"{name} ({user.get_username()})" if name else user.get_username()


class PageReviewForm(forms.ModelForm):
    """Owner and next date of one page, as an editor sets them by hand."""

    class Meta:
        model = PageReview
        fields = ["owner", "team_name", "team_email", "next_review"]
        field_classes = {"owner": EditorChoiceField}
        widgets = {"next_review": AdminDateInput}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["owner"].queryset = editors()
        self.fields["owner"].empty_label = "Geen (een team)"

    def clean(self):
        cleaned = super().clean()
        if not (cleaned.get("owner") or cleaned.get("team_email")):
            raise forms.ValidationError(
                "Kies een eigenaar of geef het e-mailadres van een team, anders krijgt "
                "niemand de herinnering."
            )
        return cleaned
