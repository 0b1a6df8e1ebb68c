"""Gives every live page without one a review record (editorial/filling.py)."""

from django.contrib.contenttypes.models import ContentType
from django.core.management.base import BaseCommand
from wagtail.models import Page

from editorial.filling import fill_missing_reviews
from editorial.models import PageReview


class Command(BaseCommand):
    help = (
        "Geeft elke gepubliceerde pagina zonder beoordelingsdatum er een, naar de termijn van "
        "het paginatype (editorial/periods.py) en minstens een maand vooruit."
    )

    def handle(self, **options):
        created = fill_missing_reviews(Page, PageReview, ContentType)
        self.stdout.write(f"{created} pagina('s) kregen een beoordelingsdatum.")
