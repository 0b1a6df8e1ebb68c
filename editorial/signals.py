"""A page gets its review record the first time it is published."""

from django.dispatch import receiver
from wagtail.signals import page_published

from .filling import first_review
from .models import PageReview


@receiver(page_published)
def give_new_page_a_review_date(sender, instance, **kwargs):
    if PageReview.objects.filter(page_id=instance.pk).exists():
        return
    PageReview.objects.bulk_create(
        [first_review(PageReview, instance, instance.cached_content_type)],
        ignore_conflicts=True,  # two publishes at once: the first record stays
    )
