"""Demo content of the home app: the site, the home page, service pages, settings and logins."""

import json
import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import Page, Site

from core.models import SiteSettings
from home import demo_content
from home.demo import add_child, stream
from home.models import HomePage, StandardPage

FOOTER_SLUGS = ["toegankelijkheid", "privacy", "cookies", "contact", "over-deze-site", "copyright"]


def load(state, report):
    home = ensure_home_page(report)
    state["home"] = home
    for data in demo_content.SERVICE_PAGES:
        page = StandardPage(
            title=data["title"],
            slug=data["slug"],
            intro=data["intro"],
            body=stream([("text", data["body"])]),
            show_in_menus=False,
        )
        add_child(home, page, report)
    ensure_site_settings(home, report)
    state["logins"] = ensure_demo_users(
        [("admin", "Beheerder", {"is_superuser": True, "is_staff": True}, [])], report
    )


def ensure_home_page(report):
    existing = HomePage.objects.first()
    if existing:
        return existing
    root = Page.get_first_root_node()
    # Wagtail's first migration adds a "Welcome" page; our home page takes its place.
    for welcome in root.get_children().filter(content_type__model="page", slug="home"):
        welcome.delete()
    data = demo_content.HOME
    home = HomePage(
        title=data["title"],
        slug="home",
        intro=data["intro"],
        featured_title=data.get("featured_title", "Uitgelicht"),
        entries="[]",
    )
    root.add_child(instance=home)
    home.save_revision().publish()
    report.created(home)
    site = Site.objects.filter(is_default_site=True).first()
    if site:
        site.root_page = home
        site.site_name = "Veilige publieke dienstverlening"
        site.save()
    else:
        Site.objects.create(
            hostname="localhost",
            root_page=home,
            is_default_site=True,
            site_name="Veilige publieke dienstverlening",
        )
    return home


def ensure_site_settings(home, report):
    site = Site.objects.get(is_default_site=True)
    site_settings = SiteSettings.for_site(site)
    if site_settings.contact_email:
        return  # Already filled in (by an earlier run or by an editor).
    organisation = demo_content.ORGANISATION
    site_settings.organisation_name = organisation["name"]
    site_settings.team_name = organisation["team"]
    site_settings.contact_email = organisation["email"]
    site_settings.contact_phone = organisation.get("phone", "")
    site_settings.postal_address = organisation["address"]
    pages = {page.slug: page for page in home.get_children().filter(slug__in=FOOTER_SLUGS)}
    site_settings.footer_links = json.dumps(
        [
            {"type": "link", "value": {"text": "", "page": pages[slug].pk, "url": ""}}
            for slug in FOOTER_SLUGS
            if slug in pages
        ]
    )
    site_settings.save()
    report.created(site_settings)


def ensure_demo_users(accounts, report):
    """Create demo accounts with passwords generated once and kept in var/ (never in git).

    accounts: [(username, first_name, flags, group_names)]. Returns [(username, password, role)].
    """
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
