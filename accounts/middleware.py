"""Admin gatekeepers: the network allowlist, the second login step, password-reset throttling."""

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.http import Http404
from django.urls import Resolver404, resolve, reverse

from . import passkeys, two_factor
from .client_address import client_address, is_in_networks
from .password_reset import throttled_response

ADMIN_PREFIX = "/admin/"
# The admin's login and Wagtail's login for private pages.
LOGIN_PAGES = ("/admin/login/", "/_util/login/")

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
    *passkeys.SECOND_STEP_VIEWS,
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
    """A login is either complete or it is nothing. A user who has only given a password is sent
    to the second step (or to enrolment) in the admin, and is anonymous everywhere else: private
    documents, restricted pages and previews see a visitor, not an editor. Only the second step,
    logout and the password reset keep the half-finished login."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = request.user
        half_logged_in = (
            user.is_authenticated
            and not two_factor.is_fully_logged_in(user)
            and _view_name(request) not in SECOND_STEP_OPEN_URLS
        )
        if half_logged_in and request.path.startswith(ADMIN_PREFIX):
            return redirect_to_login(request.get_full_path(), login_url=reverse(_second_step(user)))
        if not half_logged_in:
            return self.get_response(request)
        request.user = two_factor.anonymous_user()
        response = self.get_response(request)
        # Asked to log in (for an unreviewed document, a page for logged-in visitors): the
        # password is given already, so the way on is the second step, with the same "next".
        location = response.get("Location", "") if response.status_code == 302 else ""
        if location.startswith(LOGIN_PAGES):
            query = location.partition("?")[2]
            response["Location"] = reverse(_second_step(user)) + (f"?{query}" if query else "")
        return response


def _second_step(user):
    return "accounts_2fa_verify" if two_factor.has_app(user) else "accounts_2fa_enrol"


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


def _view_name(request):
    """The URL's name with its namespace ("otp_webauthn:…"), so that no other app's view of the
    same short name is opened by accident."""
    try:
        return resolve(request.path_info).view_name
    except Resolver404:
        return None
