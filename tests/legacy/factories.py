"""Wagtail redirects, as the legacy app imports them."""

import factory


class RedirectFactory(factory.django.DjangoModelFactory):
    """A Wagtail redirect, by default permanent, for all sites and without a target."""

    old_path = factory.Sequence(lambda n: f"/oud/pagina-{n}")
    is_permanent = True

    class Meta:
        model = "wagtailredirects.Redirect"
