"""Editor accounts for the accounts tests: users with a known password, and their second factors."""

import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

PASSWORD = "een-lang-wachtwoord-voor-tests"  # noqa: S105 - only for test accounts


class EditorFactory(factory.django.DjangoModelFactory):
    """An account that can reach the admin (Wagtail's access_admin permission)."""

    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"redacteur{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.nl")
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    @factory.post_generation
    def admin_access(user, create, extracted, **kwargs):
        if create and extracted is not False:
            user.user_permissions.add(
                Permission.objects.get(
                    content_type__app_label="wagtailadmin", codename="access_admin"
                )
            )
        if create:
            user.save()


class SuperuserFactory(EditorFactory):
    username = factory.Sequence(lambda n: f"beheerder{n}")
    is_superuser = True
    is_staff = True


class AppDeviceFactory(factory.django.DjangoModelFactory):
    """A confirmed authenticator app."""

    class Meta:
        model = TOTPDevice

    user = factory.SubFactory(EditorFactory)
    name = "Authenticator-app"
    confirmed = True


def current_code(device, drift=0):
    """The 6 digits the app would show now."""
    return f"{totp(device.bin_key, device.step, device.t0, device.digits, drift):06d}"
