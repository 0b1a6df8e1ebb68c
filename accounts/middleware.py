"""Admin gatekeepers: the network allowlist, the second login step, password-reset throttling."""

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.http import Http404
from django.urls import Resolver404, resolve, reverse

from . import two_factor
from .client_address import client_address, is_in_networks
from .password_reset import throttled_response

ADMIN_PREFIX = "/admin/"

# Reachable after the password but before the second step.
SECOND_STEP_OPEN_URLS = {
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_sprite",
    "wagtailadmin_password_reset",
    "wagtailadmin_password_reset_done",
    "wagtailadmin_password_reset_confirm",
    "wagtailadmin_password_reset_complete",
    "accounts_2fa_verify",
    "accounts_2fa_enrol",
}


class AdminNetworkMiddleware:
    """With ADMIN_ALLOWED_NETWORKS set, the admin does not exist for any other address."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        networks = settings.ADMIN_ALLOWED_NETWORKS
        if (
            networks
            and request.path.startswith(ADMIN_PREFIX)
            and not is_in_networks(client_address(request), networks)
        ):
            raise Http404("Admin not reachable from this network")
        return self.get_response(request)


class TwoFactorMiddleware:
    """Sends an admin user who has only given a password to the second step, or to enrolment."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if (
            request.path.startswith(ADMIN_PREFIX)
            and two_factor.is_required_for(request.user)
            and not request.user.is_verified()
            and _url_name(request) not in SECOND_STEP_OPEN_URLS
        ):
            step = (
                "accounts_2fa_verify" if two_factor.has_app(request.user) else "accounts_2fa_enrol"
            )
            return redirect_to_login(request.get_full_path(), login_url=reverse(step))
        return self.get_response(request)


class PasswordResetThrottleMiddleware:
    """Limits requests for a password-reset mail per client address (see password_reset.py)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method == "POST" and _url_name(request) == "wagtailadmin_password_reset":
            response = throttled_response(request)
            if response is not None:
                return response
        return self.get_response(request)


def _url_name(request):
    try:
        return resolve(request.path_info).url_name
    except Resolver404:
        return None
