"""The search-terms report for editors.

Wagtail shows its report only to superusers. This copy asks for a permission instead
(VIEW_SEARCH_TERMS), which the group *Redactie BZK* gets from a data migration, so that the
people who write the promoted results see what visitors look for.
"""

from wagtail.admin.auth import permission_denied
from wagtail.admin.views.reports import ReportView
from wagtail.contrib.search_promotions.views.reports import SearchTermsReportView

VIEW_SEARCH_TERMS = "wagtailsearchpromotions.view_query"


class EditorsSearchTermsReportView(SearchTermsReportView):
    index_url_name = "search_terms_report"
    index_results_url_name = "search_terms_report_results"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(VIEW_SEARCH_TERMS):
            return permission_denied(request)
        # Past Wagtail's own dispatch, which lets only superusers in.
        return ReportView.dispatch(self, request, *args, **kwargs)
