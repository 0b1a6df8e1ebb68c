"""Pages made to be framed by other sites (the widgets for intranets).

Everything else may only be framed by the site itself (`frame-ancestors 'self'` and Django's
X-Frame-Options). A widget page gets its own rule that lets any https or http page frame it; it
sets no cookie and runs no script, so framing it reveals or changes nothing.
"""

from functools import wraps

from django.views.decorators.clickjacking import xframe_options_exempt

from .middleware import CONTENT_SECURITY_POLICY

FRAMABLE_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.replace(
    "script-src 'self'", "script-src 'none'"
).replace("frame-ancestors 'self'", "frame-ancestors https: http:")


def framable(view):
    """Decorator: the answer of `view` may be shown in a frame on another site."""

    @xframe_options_exempt
    @wraps(view)
    def framed(*args, **kwargs):
        response = view(*args, **kwargs)
        response["Content-Security-Policy"] = FRAMABLE_CONTENT_SECURITY_POLICY
        return response

    return framed
