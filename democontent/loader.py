"""The generic content loader: turns the content folders of every app into pages.

Idempotent, like an editor would want: a page is keyed on its slug under its parent, and an
existing page is left exactly as it is, so that loading again never overwrites an editor's
change. Every StreamField is validated with its blocks' own clean() before anything is saved;
bad content stops the load with the file, the field and the block in the message.
"""

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from django.core.exceptions import FieldDoesNotExist, ValidationError
from wagtail.fields import StreamField
from wagtail.models import Page, Site

from .errors import ContentError
from .files import content_files, content_path
from .pages import child_by_slug, publish
from .streams import PlacedProblem, validated_stream


@dataclass(frozen=True)
class ContentFolder:
    """Which folder holds pages of which type, and where in the tree they go.

    path: the folder, relative to the project. parent: the public path of the parent page
    ("/" is the home page). child_type: the page type of the files in a subfolder named after a
    page's slug. later: fields that link to content loaded after this folder (such as documents);
    they are filled in at the end of the load, and only while they are still empty.
    references: for relations to other models than pages, field name -> function(value, loader)
    that returns the object (or list of objects).
    """

    path: str
    page_type: type
    parent: str = "/"
    child_type: type | None = None
    later: tuple[str, ...] = ()
    references: Mapping[str, Callable] = field(default_factory=dict)

    def files(self):
        """(file, page type, folder) for every file of this folder and its child folders."""
        for source in content_files(self.path):
            yield source, self.page_type, self
            if self.child_type:
                yield from self.children(source.slug).files()

    def children(self, slug):
        return ContentFolder(
            f"{self.path}/{slug}",
            self.child_type,
            later=self.later,
            references=self.references,
        )


class ContentLoader:
    def __init__(self, report):
        self.report = report
        self.pending = []  # (obj, source, folder): fields in folder.later still to fill

    # Pages -----------------------------------------------------------------------------------

    def load(self, folder, parent=None):
        """Add the pages of a folder (and their children); returns {slug: page} in file order."""
        if parent is None:
            parent = self.parent_page(folder)
        pages = {}
        for source in content_files(folder.path):
            page = self.add_page(parent, folder.page_type, source, folder)
            pages[source.slug] = page
            if folder.child_type and content_path(f"{folder.path}/{source.slug}").is_dir():
                self.load(folder.children(source.slug), parent=page)
        return pages

    def add_page(self, parent, page_type, source, folder):
        """Add and publish the page of a file below parent, unless its slug is already there."""
        existing = child_by_slug(parent, source.slug)
        if existing is not None:
            self.fill_later(existing, source, folder)
            return existing
        page = self.build(page_type, source, folder, slug=source.slug)
        try:
            parent.add_child(instance=page)
        except ValidationError as error:
            raise ContentError(source, invalid_fields(error)) from error
        publish(page, self.report)
        self.fill_later(page, source, folder)
        return page

    def build(self, model, source, folder, **extra):
        """An unsaved object of model with the fields of the file (except the later ones)."""
        values = self.field_values(model, source, folder, skip=folder.later)
        return model(**values, **extra)

    def field_values(self, model, source, folder, skip=()):
        values = {}
        for name, raw in source.data.items():
            try:
                model_field = model._meta.get_field(name)
            except FieldDoesNotExist:
                label = model._meta.verbose_name
                raise ContentError(source, f"{label} heeft geen veld '{name}'") from None
            if name not in skip:
                values[name] = self.field_value(model_field, raw, source, folder)
        return values

    def field_value(self, model_field, raw, source, folder):
        name = model_field.name
        if isinstance(model_field, StreamField):
            try:
                return validated_stream(model_field.stream_block, raw, self.find_page)
            except PlacedProblem as problem:
                where = " > ".join(problem.place)
                message = f"{where}: {problem.message}" if where else problem.message
                raise ContentError(source, message, name) from None
        if name in folder.references:
            return folder.references[name](raw, self)
        if model_field.is_relation:
            target = model_field.related_model
            if not issubclass(target, Page):
                raise ContentError(
                    source, "geen manier bekend om naar dit soort object te verwijzen", name
                )
            try:
                if model_field.many_to_many:
                    return [self.find_page(path) for path in raw]
                return self.find_page(raw) if raw else None
            except PlacedProblem as problem:
                raise ContentError(source, problem.message, name) from None
        return raw

    # Links to content loaded later -----------------------------------------------------------

    def fill_later(self, obj, source, folder):
        """Fill obj's fields in folder.later from source at the end, if they are still empty."""
        if folder.later:
            self.pending.append((obj, source, folder))

    def finish(self):
        """Fill the later fields that are still empty, now that all content exists."""
        for obj, source, folder in self.pending:
            # Read again: steps after this object was loaded may have changed it since.
            obj = obj._meta.model.objects.get(pk=obj.pk)
            changed = False
            for name in folder.later:
                if name not in source.data or getattr(obj, name):
                    continue
                model_field = obj._meta.get_field(name)
                value = self.field_value(model_field, source.data[name], source, folder)
                setattr(obj, name, value)
                changed = True
            if changed:
                if isinstance(obj, Page):
                    obj.save_revision().publish()  # an update, not a new object to count
                else:
                    obj.save()
        self.pending = []

    # References ------------------------------------------------------------------------------

    def home_page(self):
        site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
        return site.root_page if site else None

    def find_page(self, path, place=()):
        """The page at a public path such as "/preventie/stel-een-norm/" ("/" is the home page)."""
        home = self.home_page()
        if not isinstance(path, str) or not path.startswith("/"):
            raise PlacedProblem(
                place, f"verwijs naar een pagina met haar pad, zoals '/preventie/' ({path!r})"
            )
        page = None
        if home is not None:
            url_path = home.url_path + path.strip("/") + ("/" if path.strip("/") else "")
            page = Page.objects.filter(url_path=url_path).specific().first()
        if page is None:
            raise PlacedProblem(place, f"geen pagina met het pad '{path}'")
        return page

    def parent_page(self, folder):
        try:
            return self.find_page(folder.parent)
        except PlacedProblem as problem:
            raise ContentError(
                content_path(folder.path), f"onbekende bovenliggende pagina: {problem.message}"
            ) from None


def invalid_fields(error):
    if hasattr(error, "message_dict"):
        return "; ".join(
            f"veld '{name}': {' '.join(messages)}" for name, messages in error.message_dict.items()
        )
    return " ".join(error.messages)
