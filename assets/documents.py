"""Which documents the public may see.

Documents that municipal editors upload (settings.UNREVIEWED_DOCUMENT_COLLECTIONS) are not
reviewed on their own: they are reviewed with the practice example that uses them. Until a live,
public page uses such a document, it is not downloadable for visitors and not found by search.
Once the example is published it is; unpublishing or deleting the example hides it again.

"Uses" is read from Wagtail's reference index. For a page, that index is built from the page's
database row, which holds the published content of a live page (drafts live in revisions): a
document added in an unpublished draft of a live page stays hidden until that draft is published.
"""

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db.models import BigIntegerField, CharField, Q
from django.db.models.functions import Cast
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction, Page, ReferenceIndex
from wagtail.permissions import policy_registry

from pagecache.fragments import Fragment

# Both lists of collections change rarely: read once per page-cache generation.
UNREVIEWED_COLLECTIONS = Fragment("unreviewed-collections")
PRIVATE_COLLECTIONS = Fragment("private-collections")


def _collections_below(paths):
    if not paths:
        return Collection.objects.none()
    below = Q()
    for path in paths:
        below |= Q(path__startswith=path)
    return Collection.objects.filter(below)


def unreviewed_collections():
    """The collections of uploads that wait for review, with their sub-collections."""
    return _collections_below(UNREVIEWED_COLLECTIONS.get(None, _unreviewed_paths))


def collections_named(names):
    """The collections with these names, with their sub-collections (one query when used)."""
    paths = Collection.objects.filter(name__in=names).values_list("path", flat=True)
    return _collections_below(list(paths))


def _unreviewed_paths():
    names = getattr(settings, "UNREVIEWED_DOCUMENT_COLLECTIONS", [])
    return list(Collection.objects.filter(name__in=names).values_list("path", flat=True))


def _restricted_paths():
    return list(CollectionViewRestriction.objects.values_list("collection__path", flat=True))


def _used_by_live_pages():
    """Ids of the documents used by a live page that everyone may see. The reference index
    stores ids as text; only documents' ids are cast back."""
    live_pages = (
        Page.objects.live().public().annotate(id_text=Cast("pk", CharField())).values("id_text")
    )
    return (
        ReferenceIndex.objects.filter(
            base_content_type=ContentType.objects.get_for_model(Page),
            object_id__in=live_pages,
            to_content_type=ContentType.objects.get_for_model(get_document_model()),
        )
        .annotate(document_id=Cast("to_object_id", BigIntegerField()))
        .values("document_id")
    )


def public_documents(documents=None):
    """The documents visitors may see: outside collections with a view restriction, and not
    an unreviewed upload that no published page uses yet."""
    if documents is None:
        documents = get_document_model().objects.all()
    restricted_paths = PRIVATE_COLLECTIONS.get(None, _restricted_paths)
    if restricted_paths:
        documents = documents.exclude(
            collection__in=_collections_below(restricted_paths).values("pk")
        )
    unreviewed = Q(collection__in=unreviewed_collections().values("pk"))
    released = Q(pk__in=_used_by_live_pages())
    return documents.filter(~unreviewed | released)


def is_unreviewed(document):
    """An upload waiting for review that no published page uses yet. (View restrictions of
    collections are Wagtail's to enforce, with its own login or password form.)"""
    waiting = get_document_model().objects.filter(
        pk=document.pk, collection__in=unreviewed_collections().values("pk")
    )
    return waiting.exclude(pk__in=_used_by_live_pages()).exists()


def _permission_policy():
    return policy_registry.get_by_type(get_document_model())


def may_review(user, document):
    """An unreviewed upload is seen only by who may change it: the BZK editors (every
    collection) and the editors of the municipality whose collection holds it. Choosing
    documents in general (the public library) is not enough."""
    if not user.is_authenticated:
        return False
    return _permission_policy().user_has_permission_for_instance(user, "change", document)


def visible_in_admin(documents, user):
    """`documents` without the unreviewed uploads that this editor may not change (another
    municipality's): for the choosers, so that nobody attaches what they may not see."""
    changeable = _permission_policy().instances_user_has_permission_for(user, "change")
    unreviewed = Q(collection__in=unreviewed_collections().values("pk"))
    return documents.filter(~unreviewed | Q(pk__in=changeable.values("pk")))


def guard_unreviewed_download(document, request):
    """before_serve_document hook: visitors get the login page for an unreviewed upload, and
    editors of another municipality a refusal."""
    if not document.file_hash:
        document.get_file_hash()  # Stored once: the download's ETag is the file's hash.
    if not is_unreviewed(document) or may_review(request.user, document):
        return None
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path(), reverse("wagtailadmin_login"))
    raise PermissionDenied("Dit document is nog niet beoordeeld.")
