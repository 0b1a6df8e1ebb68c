"""No CSRF cookie for the manager's calendar form (visitortools/csrf.py says why that is safe):
the incident's date and label stay out of addresses, browser history and access logs.

Must come before django.middleware.csrf.CsrfViewMiddleware.
"""

from visitortools.csrf import ToolFormCsrfExemptMiddleware


class CalendarFormCsrfExemptMiddleware(ToolFormCsrfExemptMiddleware):
    def page_model(self):
        from .models import WhatNowManagerPage

        return WhatNowManagerPage
