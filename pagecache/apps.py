from django.apps import AppConfig


class PageCacheConfig(AppConfig):
    """The anonymous page cache: generation, fragments, purging, compression, slug routing."""

    name = "pagecache"
    verbose_name = "Paginacache"
