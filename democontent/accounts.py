"""The demo accounts: passwords generated once and kept in var/ (never in git)."""

import json
import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group


def ensure_demo_users(accounts, report):
    """accounts: [(username, role, flags, group_names)]. Returns [(username, password, role)]."""
    logins_file = settings.DEMO_LOGINS_FILE
    known = json.loads(logins_file.read_text()) if logins_file.exists() else {}
    user_model = get_user_model()
    logins = []
    for username, role, flags, group_names in accounts:
        user = user_model.objects.filter(username=username).first()
        if user is None:
            password = secrets.token_urlsafe(12)
            user = user_model.objects.create_user(
                username=username,
                email=f"{username}@example.nl",
                password=password,
                first_name=role,
                **flags,
            )
            known[username] = password
            report.created(user)
        if group_names:
            user.groups.add(*Group.objects.filter(name__in=group_names))
        logins.append((username, known.get(username), role))
    logins_file.parent.mkdir(parents=True, exist_ok=True)
    logins_file.write_text(json.dumps(known, indent=2))
    logins_file.chmod(0o600)
    return logins
