"""No CSRF cookie for the forms of "Wat nu?" (visitortools/csrf.py says why that is safe): the
manager's calendar form and the employee's incident note. What they type stays out of
addresses, browser history and access logs.

Both must come before django.middleware.csrf.CsrfViewMiddleware.
"""

from visitortools.csrf import ToolFormCsrfExemptMiddleware


class CalendarFormCsrfExemptMiddleware(ToolFormCsrfExemptMiddleware):
    def page_model(self):
        from .models import WhatNowManagerPage

        return WhatNowManagerPage


class IncidentNoteCsrfExemptMiddleware(ToolFormCsrfExemptMiddleware):
    def page_model(self):
        from .models import IncidentNotePage

        return IncidentNotePage
