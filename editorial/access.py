"""Who may see and handle a page's review: whoever may edit the page (Wagtail's permissions)."""

from wagtail.permission_policies.pages import PagePermissionPolicy


def editable_pages(user):
    return PagePermissionPolicy().instances_user_has_permission_for(user, "change")


def may_handle_review(user, page):
    return page.permissions_for_user(user).can_edit()
