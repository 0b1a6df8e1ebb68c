"""Every change that can show on a public page bumps the generation.

Rather than listing what shows on pages (and forgetting something), every saved or deleted
object counts, except the bookkeeping below that never shows on a public page. Of those, some
are written while pages are shown (renditions, embeds, search hits): counting them would empty
the cache on every visit.

The generation is bumped at once, so that this process sees the change, and again after the
transaction commits: a page rendered from the old data in the meantime was stored under the
generation that the second bump retires.
"""

from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
from wagtail.signals import page_published, page_unpublished, post_page_move, published, unpublished

from . import proxy_purge
from .generation import bump_generation

NOT_SHOWN_ON_PAGES = {
    "admin.logentry",
    "auth.group",
    "auth.group_permissions",
    "auth.permission",
    "auth.user",
    "auth.user_groups",
    "auth.user_user_permissions",
    "contenttypes.contenttype",
    # Visitors' answers to "Was deze informatie nuttig?": written by visitors, read by editors.
    "feedback.pagefeedback",
    "sessions.session",
    "wagtailadmin.admin",
    "wagtailadmin.editingsession",
    "wagtailadmin.formstate",
    "wagtailcore.apitoken",
    "wagtailcore.comment",
    "migrations.migration",  # the migration log of manage.py migrate
    "wagtailcore.groupapprovaltask",
    "wagtailcore.groupcollectionpermission",
    "wagtailcore.grouppagepermission",
    "wagtailcore.groupsitepermission",
    "wagtailcore.commentreply",
    "wagtailcore.modellogentry",
    "wagtailcore.pagelogentry",
    "wagtailcore.pagesubscription",
    "wagtailcore.referenceindex",
    "wagtailcore.revision",
    "wagtailcore.task",
    "wagtailcore.taskstate",
    "wagtailcore.uploadedfile",
    "wagtailcore.workflow",
    "wagtailcore.workflowcontenttype",
    "wagtailcore.workflowpage",
    "wagtailcore.workflowstate",
    "wagtailcore.workflowtask",
    "wagtailembeds.embed",
    "wagtailforms.formsubmission",
    "wagtailsearch.indexentry",
    "wagtailsearch.sqliteftsindexentry",
    "wagtailsearchpromotions.query",
    "wagtailsearchpromotions.querydailyhits",
    "wagtailusers.userprofile",
    # Sign-in bookkeeping: lockouts, second-step devices and reset requests. A failed login must
    # not empty the page cache (that would let anyone flush it with a password guess).
    "accounts.passwordresetrequest",
    "axes.accessattempt",
    "axes.accessattemptexpiration",
    "axes.accessfailurelog",
    "axes.accesslog",
    "django_otp_webauthn.webauthnattestation",
    "django_otp_webauthn.webauthncredential",
    "django_otp_webauthn.webauthnuserhandle",
    "otp_static.staticdevice",
    "otp_static.statictoken",
    "otp_totp.totpdevice",
    # The editors' tools: link checks (written by the nightly check, address by address), the
    # jargon list of the readability check, the review task, mail waiting to be sent again and
    # the scheduler's own clock.
    "core.scheduledrun",
    "links.externallink",
    "links.externallinkobjectuse",
    "links.externallinkuse",
    "links.lostobjectreference",
    "links.lostreference",
    "operations.queuedmail",
    "practice.reviewtask",
    "readability.jargonterm",
    "wagtailcore.groupapprovaltask_groups",
}
# Written when an editor saves a draft, locks a page or logs in: the live site is unchanged.
FIELDS_NOT_SHOWN = {
    "draft_title",
    "has_unpublished_changes",
    "latest_revision",
    "latest_revision_created_at",
    "locked",
    "locked_at",
    "locked_by",
    "last_login",
}


def _shows_on_pages(sender, update_fields=None):
    label = sender._meta.label_lower
    if label in NOT_SHOWN_ON_PAGES or label.endswith("rendition"):
        return False
    return not (update_fields and set(update_fields) <= FIELDS_NOT_SHOWN)


def purge_site():
    """Everything visitors see may have changed: a new generation of the page cache, and a purge
    of the proxy or CDN in front of the site (pagecache/proxy_purge.py) once the change is committed."""
    bump_generation()
    transaction.on_commit(bump_generation)
    proxy_purge.purge_site()


def _on_save(sender, created=False, update_fields=None, **kwargs):
    # Settings are created with their defaults the first time a page asks for them: what that
    # page shows already. An editor's change is a save after that.
    if created and issubclass(sender, BaseSiteSetting | BaseGenericSetting):
        return
    if _shows_on_pages(sender, update_fields):
        purge_site()


def _on_delete(sender, **kwargs):
    if _shows_on_pages(sender):
        purge_site()


def _on_m2m_change(sender, action, **kwargs):
    if action.startswith("post_") and _shows_on_pages(sender):
        purge_site()


def _on_publication(**kwargs):
    purge_site()


def connect():
    post_save.connect(_on_save, dispatch_uid="vp_page_cache_save")
    post_delete.connect(_on_delete, dispatch_uid="vp_page_cache_delete")
    m2m_changed.connect(_on_m2m_change, dispatch_uid="vp_page_cache_m2m")
    # Also sent for changes made without saving a single object (a move updates paths in bulk).
    for signal in (page_published, page_unpublished, post_page_move, published, unpublished):
        signal.connect(_on_publication, dispatch_uid=f"vp_page_cache_{id(signal)}")
