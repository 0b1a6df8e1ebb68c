"""Login lockouts: the page a locked-out visitor sees, and the admin's list to lift them."""

from axes.models import AccessAttempt
from axes.utils import reset
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST

from ..trail import record

MANAGE_PERMISSION = "axes.delete_accessattempt"


def lockout_response(request, original_response=None, credentials=None):
    """The same answer whether or not the account exists (AXES_LOCKOUT_CALLABLE).

    Rendered here: a response made by middleware is not rendered by Django's handler.
    """
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    response = TemplateResponse(
        request, "accounts/locked_out.html", {"minutes": minutes}, status=429
    )
    return response.render()


def can_manage_lockouts(user):
    return user.is_superuser or user.has_perm(MANAGE_PERMISSION)


def current_lockouts():
    since = timezone.now() - settings.AXES_COOLOFF_TIME
    return AccessAttempt.objects.filter(
        failures_since_start__gte=settings.AXES_FAILURE_LIMIT, attempt_time__gte=since
    ).order_by("-attempt_time")


@never_cache
@require_http_methods(["GET"])
def lockout_list(request):
    if not can_manage_lockouts(request.user):
        raise PermissionDenied
    return TemplateResponse(
        request,
        "accounts/lockout_list.html",
        {
            "lockouts": current_lockouts(),
            "minutes": int(settings.AXES_COOLOFF_TIME.total_seconds() // 60),
        },
    )


@require_POST
def lift_lockout(request, attempt_id):
    if not can_manage_lockouts(request.user):
        raise PermissionDenied
    attempt = get_object_or_404(AccessAttempt, pk=attempt_id)
    reset(ip=attempt.ip_address, username=attempt.username)
    record(
        "login.lockout_lifted",
        request,
        attempt.username,
        locked_address=attempt.ip_address,
        lifted_by=request.user.get_username(),
    )
    messages.success(request, f"De blokkade voor {attempt.username} is opgeheven.")
    return redirect("accounts_lockouts")
