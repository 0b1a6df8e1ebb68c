"""Finding and adding pages in the tree, keyed on the slug under the parent."""


def child_by_slug(parent, slug):
    return parent.get_children().filter(slug=slug).specific().first()


def publish(page, report=None):
    page.save_revision().publish()
    if report is not None:
        report.created(page)
