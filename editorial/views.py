"""The editor's handling of review dates: one click for "checked, nothing changed", and the
owner and date of one page by hand."""

from django.contrib import messages
from django.http import HttpResponseForbidden
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST
from wagtail.models import Page

from .access import may_handle_review
from .filling import first_review
from .forms import PageReviewForm
from .models import PageReview

FORBIDDEN = "Je mag deze pagina niet bewerken, dus ook de beoordeling niet."


def editable_page(request, page_id):
    """The page, or None when the user may not edit it. (A plain 403, not Wagtail's redirect
    to the dashboard: a refused POST must not look like a success.)"""
    page = get_object_or_404(Page, pk=page_id).specific_deferred
    return page if may_handle_review(request.user, page) else None


def safe_next_url(request, default):
    next_url = request.POST.get("next") or request.GET.get("next")
    if next_url and url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return next_url
    return default


def review_of(page):
    review = PageReview.objects.filter(page=page).select_related("page").first()
    return review or first_review(PageReview, page, page.cached_content_type)


@require_POST
def mark_reviewed(request, page_id):
    page = editable_page(request, page_id)
    if page is None:
        return HttpResponseForbidden(FORBIDDEN)
    review = review_of(page)
    if review.pk is None:
        review.save()  # a page not published since the install has no record yet
    review.page = page
    review.mark_reviewed(request.user)
    when = review.next_review.strftime("%-d-%-m-%Y") if review.next_review else "niet meer"
    messages.success(
        request, f"'{page.get_admin_display_title()}' is gecontroleerd. Volgende keer: {when}."
    )
    return redirect(safe_next_url(request, reverse("wagtailadmin_home")))


def edit_review(request, page_id):
    page = editable_page(request, page_id)
    if page is None:
        return HttpResponseForbidden(FORBIDDEN)
    review = review_of(page)
    form = PageReviewForm(request.POST or None, instance=review)
    if request.method == "POST" and form.is_valid():
        form.instance.page = page
        form.save()
        messages.success(
            request, f"De beoordeling van '{page.get_admin_display_title()}' is opgeslagen."
        )
        return redirect(safe_next_url(request, reverse("wagtailadmin_pages:edit", args=[page.pk])))
    return TemplateResponse(
        request,
        "editorial/edit_review.html",
        {"page": page, "review": review, "form": form, "next": safe_next_url(request, "")},
    )
