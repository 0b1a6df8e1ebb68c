from django.contrib.auth.models import Permission
from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets.button import Button

from . import reports
from .views import lockouts, two_factor


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path("tweestapsverificatie/", two_factor.verify, name="accounts_2fa_verify"),
        path("tweestapsverificatie/koppelen/", two_factor.enrol, name="accounts_2fa_enrol"),
        path("tweestapsverificatie/beheer/", two_factor.manage, name="accounts_2fa_manage"),
        path(
            "tweestapsverificatie/wissen/<int:user_id>/",
            two_factor.reset,
            name="accounts_2fa_reset",
        ),
        path("inlogblokkades/", lockouts.lockout_list, name="accounts_lockouts"),
        path(
            "inlogblokkades/<int:attempt_id>/opheffen/",
            lockouts.lift_lockout,
            name="accounts_lockout_lift",
        ),
    ]


@hooks.register("register_account_menu_item")
def two_factor_account_item(request):
    return {
        "url": reverse("accounts_2fa_manage"),
        "label": "Tweestapsverificatie",
        "help_text": "Bekijk je koppeling met de authenticator-app en maak nieuwe herstelcodes.",
    }


class LockoutsMenuItem(MenuItem):
    def is_shown(self, request):
        return lockouts.can_manage_lockouts(request.user)


@hooks.register("register_settings_menu_item")
def lockouts_menu_item():
    return LockoutsMenuItem(
        "Inlogblokkades", reverse("accounts_lockouts"), icon_name="lock", order=900
    )


@hooks.register("register_user_listing_buttons")
def reset_two_factor_button(user, request_user):
    if request_user.is_superuser:
        yield Button(
            "Tweestapsverificatie wissen",
            reverse("accounts_2fa_reset", args=[user.pk]),
            icon_name="lock-open",
            priority=100,
        )


@hooks.register("register_permissions")
def lockout_permissions():
    # Lets a superuser give a group (e.g. BZK's administrators) the lockout list.
    return Permission.objects.filter(
        content_type__app_label="axes", codename__in=["view_accessattempt", "delete_accessattempt"]
    )


@hooks.register("register_log_actions")
def register_log_actions(actions):
    actions.register_action(
        "accounts.2fa_reset", "Tweestapsverificatie wissen", "Tweestapsverificatie gewist"
    )


hooks.register("construct_reports_menu", reports.hide_page_types_usage_from_non_publishers)
