"""Who sees a page's feedback: whoever may edit the page (Wagtail's permissions), so a municipal
editor sees only the answers about their own municipality's examples."""

from wagtail.permission_policies.pages import PagePermissionPolicy


def editable_pages(user):
    return PagePermissionPolicy().instances_user_has_permission_for(user, "change")


def may_see_feedback(user, page):
    return page.permissions_for_user(user).can_edit()
