"""Demo content of the practice app (practice/content/): the index, the examples, roles, logins.

App-specific glue: the taxonomy terms an example refers to by name (created when missing), the
editorial roles with their workflow, and the demo accounts of those roles.
"""

from django.utils.text import slugify

from democontent.accounts import ensure_demo_users
from democontent.files import content_files
from democontent.loader import ContentFolder
from practice.models import (
    AggressionType,
    OrganisationType,
    PracticeExampleIndexPage,
    PracticeExamplePage,
    Province,
    WorkSetting,
)
from practice.municipalities import ensure_municipality
from practice.roles import BZK_EDITORS, MUNICIPAL_EDITORS, ensure_section_roles

INDEX_SLUG = "ervaringen-uit-de-praktijk"
DEMO_MUNICIPALITY = "Gemeente Zuiderhaven"
DEMO_ACCOUNTS = [
    ("redactie", BZK_EDITORS, {}, [BZK_EDITORS]),
    ("gemeente", MUNICIPAL_EDITORS, {}, [MUNICIPAL_EDITORS, DEMO_MUNICIPALITY]),
]


def term(model, many=False):
    """A reference to a taxonomy term by its name or slug; a term an editor deleted comes back."""

    def get(value, loader):
        obj, created = model.objects.get_or_create(slug=slugify(value), defaults={"name": value})
        if created:
            loader.report.created(obj)
        return obj

    def resolve(value, loader):
        return [get(item, loader) for item in value] if many else get(value, loader)

    return resolve


CONTENT = ContentFolder(
    "practice/content/index",
    PracticeExampleIndexPage,
    child_type=PracticeExamplePage,
    references={
        "organisation_type": term(OrganisationType),
        "provinces": term(Province, many=True),
        "aggression_types": term(AggressionType, many=True),
        "work_settings": term(WorkSetting, many=True),
    },
)


# Loaded after these apps' content: it builds on their pages, and the home page's sections
# appear in the main navigation in this order.
LOAD_AFTER = ("themes",)


def load(state, loader):
    index = loader.load(CONTENT)[INDEX_SLUG]
    for created in ensure_section_roles(index):
        loader.report.created(created)
    ensure_municipality(DEMO_MUNICIPALITY)  # the demo municipal editor's group and collection
    state.setdefault("logins", []).extend(ensure_demo_users(DEMO_ACCOUNTS, loader.report))


def examples():
    """The data of the demo examples, in file order (for tests)."""
    return content_files(CONTENT.children(INDEX_SLUG).path)
