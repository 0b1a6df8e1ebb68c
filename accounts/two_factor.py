"""Two-factor login: an authenticator app (TOTP), passkeys (passkeys.py) and single-use recovery
codes, on django-otp.

The views call these helpers; nothing here knows about requests except `can_reach_admin`.
"""

import math
from base64 import b32encode

import qrcode
import qrcode.image.svg
from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.db import transaction
from django.utils import timezone
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from . import passkeys

APP_DEVICE_NAME = "Authenticator-app"
RECOVERY_DEVICE_NAME = "Herstelcodes"
RECOVERY_CODE_COUNT = 10


def is_required_for(user):
    """Whether this user must pass the second step before using the admin."""
    return settings.ADMIN_REQUIRE_2FA and user.is_authenticated and can_reach_admin(user)


def is_fully_logged_in(user):
    """The one notion of being logged in: a password alone is not enough where the second step
    is required. Everything non-public (documents, private pages, previews, the admin) asks this,
    through TwoFactorMiddleware, which makes anyone else anonymous."""
    return user.is_authenticated and (not is_required_for(user) or user.is_verified())


def anonymous_user():
    """What a session that stopped after the password is, outside the second step and logout."""
    user = AnonymousUser()
    user.is_verified = lambda: False  # as django-otp gives every user
    return user


def can_reach_admin(user):
    return user.is_active and (user.is_superuser or user.has_perm("wagtailadmin.access_admin"))


def has_app(user):
    return TOTPDevice.objects.filter(user=user, confirmed=True).exists()


def app_of(user):
    return TOTPDevice.objects.filter(user=user, confirmed=True).first()


def pending_app(user):
    """The not yet confirmed app device for this user; the same one until it is confirmed, so that
    reloading the enrolment page does not invalidate a QR code that was just scanned."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).order_by("pk").first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name=APP_DEVICE_NAME, confirmed=False)
    return device


def qr_code_svg(device):
    """The enrolment QR code as inline SVG, made here: the admin loads nothing from elsewhere."""
    image = qrcode.make(device.config_url, image_factory=qrcode.image.svg.SvgPathImage, box_size=8)
    return image.to_string(encoding="unicode")


def secret_for_typing(device):
    """The key in groups of four, for an app that cannot scan."""
    key = b32encode(device.bin_key).decode().rstrip("=")
    return " ".join(key[i : i + 4] for i in range(0, len(key), 4))


def normalise(code):
    return "".join(code.split()).replace("-", "").lower()


@transaction.atomic
def confirm_app(device, code):
    """Confirm a pending app device with its first code. Removes any older app of the user."""
    if not device.verify_token(normalise(code)):
        return False
    TOTPDevice.objects.filter(user=device.user).exclude(pk=device.pk).delete()
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    return True


@transaction.atomic
def new_recovery_codes(user):
    """Replace the user's recovery codes with new ones and return them (shown once, stored as
    given: they are as strong as a password of 8 random characters and each works once)."""
    StaticDevice.objects.filter(user=user).delete()
    device = StaticDevice.objects.create(user=user, name=RECOVERY_DEVICE_NAME, confirmed=True)
    codes = [StaticToken.random_token() for _ in range(RECOVERY_CODE_COUNT)]
    StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    return codes


def remaining_recovery_codes(user):
    return StaticToken.objects.filter(device__user=user).count()


def verify(user, code):
    """The device that accepts this code, and whether it was a recovery code; (None, False) if none.

    Each device throttles wrong codes itself (django-otp doubles the wait after each failure).
    A recovery code is deleted when it is used.
    """
    code = normalise(code)
    if not code:
        return None, False
    for device in TOTPDevice.objects.filter(user=user, confirmed=True):
        if device.verify_token(code):
            return device, False
    for device in StaticDevice.objects.filter(user=user, confirmed=True):
        if device.verify_token(code):
            return device, True
    return None, False


def seconds_to_wait(user):
    """How long the app still refuses every code after too many wrong ones (django-otp's
    throttling): then even the right code is refused, so the editor must be told to wait."""
    waits = []
    for device in TOTPDevice.objects.filter(user=user, confirmed=True):
        allowed, details = device.verify_is_allowed()
        locked_until = (details or {}).get("locked_until")
        if not allowed and locked_until:
            waits.append(max(1, math.ceil((locked_until - timezone.now()).total_seconds())))
    return max(waits, default=0)


@transaction.atomic
def reset(user):
    """Remove every second factor of the user: at the next login they enrol again."""
    passkeys.remove_all(user)
    TOTPDevice.objects.filter(user=user).delete()
    StaticDevice.objects.filter(user=user).delete()
