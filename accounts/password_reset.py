"""Rate limit for the admin's "forgot password" form: PASSWORD_RESET_LIMIT requests per client
address per PASSWORD_RESET_WINDOW; then a Dutch 429 page until the window has passed."""

from django.conf import settings
from django.template.response import TemplateResponse
from django.utils import timezone

from .client_address import client_address, parse_address
from .models import PasswordResetRequest
from .trail import record


def throttled_response(request):
    """None when the request may go on (and is counted); else the 429 response."""
    address = client_address(request)
    stored_address = address if parse_address(address) is not None else None
    window_start = timezone.now() - settings.PASSWORD_RESET_WINDOW
    PasswordResetRequest.objects.filter(requested_at__lt=window_start).delete()
    recent = PasswordResetRequest.objects.filter(
        client_address=stored_address, requested_at__gte=window_start
    ).count()
    if recent >= settings.PASSWORD_RESET_LIMIT:
        record("password_reset.throttled", request)
        minutes = int(settings.PASSWORD_RESET_WINDOW.total_seconds() // 60)
        response = TemplateResponse(
            request, "accounts/password_reset_throttled.html", {"minutes": minutes}, status=429
        )
        return response.render()  # made in middleware, so Django's handler does not render it
    PasswordResetRequest.objects.create(client_address=stored_address)
    record("password_reset.requested", request)
    return None
