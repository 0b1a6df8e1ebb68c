"""Practice examples shown beside other pages, kept per generation: an example's related
examples, and the newest examples about a theme (on the theme page and all its topics)."""

from pagecache.fragments import Fragment

RELATED_EXAMPLES = Fragment("related-examples")
EXAMPLES_ABOUT_THEME = Fragment("examples-about-theme")


def related_examples(example, request, terms, saved=True):
    """Examples like this one. They compare it with all others, so they are kept per generation,
    except for a preview (saved=False), which shows the editor's unsaved choices."""

    def compute():
        return type(example).objects.like(example, terms["themes"], terms["aggression_types"])

    if not saved or request is None:
        return compute()
    return RELATED_EXAMPLES.get(request, compute, example.pk)


def examples_about_theme(examples, theme, request):
    """The newest of `examples` (the example pages' manager) about a theme page."""
    if request is None or theme is None or not theme.pk:
        return examples.about_theme(theme)
    return EXAMPLES_ABOUT_THEME.get(request, lambda: examples.about_theme(theme), theme.pk)
