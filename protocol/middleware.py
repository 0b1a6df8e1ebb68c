"""No CSRF cookie for the protocol tool's forms (visitortools/csrf.py says why that is safe).

Must come before django.middleware.csrf.CsrfViewMiddleware.
"""

from visitortools.csrf import ToolFormCsrfExemptMiddleware


class ProtocolToolCsrfExemptMiddleware(ToolFormCsrfExemptMiddleware):
    def page_model(self):
        from .models import ProtocolToolPage

        return ProtocolToolPage
