"""The dashboard's counts of documents and images match the lists they link to (issue 25).

Wagtail counts what an editor may also *choose*, but its lists show only what the editor may
change or delete: a municipal editor saw "6 Documenten" above an empty list.
"""

from wagtail.admin.navigation import get_site_for_user
from wagtail.documents import get_document_model
from wagtail.documents.wagtail_hooks import DocumentsSummaryItem
from wagtail.images import get_image_model
from wagtail.images.wagtail_hooks import ImagesSummaryItem
from wagtail.permissions import policy_registry

LISTED = {"change", "delete"}  # the permissions Wagtail's document and image lists filter on


def listed_count(model, user):
    return policy_registry.get_by_type(model).instances_user_has_any_permission_for(user, LISTED)


class ListedDocumentsSummaryItem(DocumentsSummaryItem):
    def get_context_data(self, parent_context):
        return {
            "total_docs": listed_count(get_document_model(), self.request.user).count(),
            "site_name": get_site_for_user(self.request.user)["site_name"],
        }


class ListedImagesSummaryItem(ImagesSummaryItem):
    def get_context_data(self, parent_context):
        return {
            "total_images": listed_count(get_image_model(), self.request.user).count(),
            "site_name": get_site_for_user(self.request.user)["site_name"],
        }


REPLACEMENTS = {
    DocumentsSummaryItem: ListedDocumentsSummaryItem,
    ImagesSummaryItem: ListedImagesSummaryItem,
}


def count_what_the_lists_show(request, items):
    """construct_homepage_summary_items hook, run after Wagtail's own."""
    items[:] = [
        REPLACEMENTS[type(item)](request) if type(item) in REPLACEMENTS else item for item in items
    ]
