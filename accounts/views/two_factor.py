"""The second login step, enrolment, one's own recovery codes, and a superuser's reset."""

from urllib.parse import urlencode

import django_otp
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods
from wagtail.log_actions import log

from .. import passkeys, two_factor
from ..forms import AppCodeForm, CodeForm
from ..trail import record

WRONG_CODE = (
    "Deze code klopt niet. Gebruik de code die de app nu laat zien, of een herstelcode. "
    "Na een paar foute codes moet je steeds wat langer wachten."
)


def throttled_message(seconds):
    return (
        f"Je hebt te vaak een verkeerde code ingevuld. Wacht nog {seconds} "
        f"{'seconde' if seconds == 1 else 'seconden'} en probeer het dan opnieuw: tot die tijd "
        "werkt ook een goede code niet."
    )


@never_cache
@require_http_methods(["GET", "POST"])
def verify(request):
    """After the password: the 6-digit code from the app, or a recovery code."""
    user = request.user
    next_url = _next_url(request)
    if user.is_verified() or not two_factor.is_required_for(user):
        return redirect(next_url)
    if not two_factor.has_app(user):
        return redirect(_with_next(reverse("accounts_2fa_enrol"), next_url))

    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        # Throttled before this attempt: the code is refused whatever it is, so say to wait.
        wait = two_factor.seconds_to_wait(user)
        device, was_recovery_code = two_factor.verify(user, form.cleaned_data["code"])
        if device is not None:
            django_otp.login(request, device)
            if was_recovery_code:
                record(
                    "2fa.recovery_code_used",
                    request,
                    user.get_username(),
                    recovery_codes_left=two_factor.remaining_recovery_codes(user),
                )
                messages.warning(
                    request,
                    "Je bent ingelogd met een herstelcode. Die code werkt nu niet meer. "
                    "Maak nieuwe herstelcodes als je er bijna geen meer hebt.",
                )
            else:
                record("2fa.verified", request, user.get_username())
            return redirect(next_url)
        record("2fa.failed", request, user.get_username())
        form.add_error("code", throttled_message(wait) if wait else WRONG_CODE)
    return TemplateResponse(
        request,
        "accounts/verify.html",
        {"form": form, "next": next_url, "has_passkey": passkeys.has_passkey(user)},
    )


@never_cache
@require_http_methods(["GET", "POST"])
def enrol(request):
    """First login of an account without an app: scan the QR code, confirm with a code."""
    user = request.user
    next_url = _next_url(request)
    if two_factor.has_app(user) and not user.is_verified():
        # Replacing an app takes the second step first (or a superuser's reset).
        return redirect(_with_next(reverse("accounts_2fa_verify"), next_url))

    device = two_factor.pending_app(user)
    form = AppCodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if two_factor.confirm_app(device, form.cleaned_data["code"]):
            codes = two_factor.new_recovery_codes(user)
            django_otp.login(request, device)
            record("2fa.enrolled", request, user.get_username())
            return TemplateResponse(
                request,
                "accounts/recovery_codes.html",
                {"codes": codes, "next": next_url, "first_time": True},
            )
        record("2fa.enrolment_failed", request, user.get_username())
        form.add_error(
            "code",
            "Deze code klopt niet. Kijk of de tijd op je telefoon goed staat en probeer de "
            "code die de app nu laat zien.",
        )
    return TemplateResponse(
        request,
        "accounts/enrol.html",
        {
            "form": form,
            "next": next_url,
            "qr_code": two_factor.qr_code_svg(device),
            "secret": two_factor.secret_for_typing(device),
        },
    )


@never_cache
@require_http_methods(["GET", "POST"])
def manage(request):
    """The editor's own page: status, passkeys (add, remove), new recovery codes on request."""
    user = request.user
    if request.method == "POST" and request.POST.get("action") == "remove_passkey":
        passkey_id = request.POST.get("passkey")
        if passkeys.is_device_of_this_session(request, passkey_id):
            # This session passed the second step with the passkey being removed; without a
            # device it would fall back to the password alone. It stays on the app instead.
            django_otp.login(request, two_factor.app_of(user))
        if passkeys.remove(user, passkey_id):
            record("2fa.passkey_removed", request, user.get_username())
            messages.success(
                request, "De passkey is verwijderd. Je kunt er niet meer mee inloggen."
            )
        else:
            messages.error(request, "Deze passkey bestaat niet (meer). Er is niets verwijderd.")
        return redirect("accounts_2fa_manage")
    if request.method == "POST":
        codes = two_factor.new_recovery_codes(user)
        record("2fa.recovery_codes_renewed", request, user.get_username())
        return TemplateResponse(
            request,
            "accounts/recovery_codes.html",
            {"codes": codes, "next": reverse("accounts_2fa_manage"), "first_time": False},
        )
    return TemplateResponse(
        request,
        "accounts/manage.html",
        {
            "has_app": two_factor.has_app(user),
            "passkeys": passkeys.passkeys_of(user),
            "recovery_codes_left": two_factor.remaining_recovery_codes(user),
            "required": two_factor.is_required_for(user),
        },
    )


@never_cache
@require_http_methods(["GET", "POST"])
def reset(request, user_id):
    """A superuser removes the app and recovery codes of someone who lost their phone."""
    if not request.user.is_superuser:
        raise PermissionDenied
    account = get_object_or_404(get_user_model(), pk=user_id)
    if request.method == "POST":
        two_factor.reset(account)
        record(
            "2fa.reset",
            request,
            account.get_username(),
            reset_by=request.user.get_username(),
        )
        log(instance=account, action="accounts.2fa_reset", user=request.user)
        messages.success(
            request,
            f"De tweestapsverificatie van {account.get_username()} is gewist. Bij de volgende "
            "keer inloggen koppelt deze persoon een nieuwe app.",
        )
        return redirect("wagtailusers_users:index")
    return TemplateResponse(
        request,
        "accounts/reset_confirm.html",
        {"account": account, "has_app": two_factor.has_app(account)},
    )


def _next_url(request):
    candidate = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(
        candidate, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return candidate
    return reverse("wagtailadmin_home")


def _with_next(url, next_url):
    return f"{url}?{urlencode({'next': next_url})}"
