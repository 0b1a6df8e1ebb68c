"""Security headers for the public site.

The public pages use no inline scripts or styles, so they get a strict Content-Security-Policy.
Wagtail's admin needs inline code of its own and keeps Django's defaults.
"""

CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        # Videos play from a privacy-friendly host only after the visitor chooses to play them.
        "frame-src https://www.youtube-nocookie.com https://player.vimeo.com",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'self'",
    ]
)
PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), interest-cohort=()"
EXEMPT_PREFIXES = ("/admin/", "/django-admin/")


class SecurityHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        if not request.path.startswith(EXEMPT_PREFIXES) and not _is_wagtail_preview(request):
            response.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        return response


def _is_wagtail_preview(request):
    # Page previews render inside the admin and share its needs.
    return getattr(request, "is_preview", False)
