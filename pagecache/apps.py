from django.apps import AppConfig


class PageCacheConfig(AppConfig):
    """The anonymous page cache: generation, fragments, purging, compression, slug routing."""

    name = "pagecache"
    verbose_name = "Paginacache"

    def ready(self):
        from . import purge, restrictions

        purge.connect()
        restrictions.install()
