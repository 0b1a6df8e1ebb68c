"""Purging the reverse proxy or CDN in front of the site: the whole site, on every change.

A page's content shows up on more pages than its own: in its parent's listing, in the home page's
highlights, in the navigation and footer of every page, in feeds, in the sitemap and in search
results. Working out exactly which cached addresses one change touches is error-prone, so every
change purges the whole site, just as the page cache does with its site-wide generation key. A
visitor never sees an outdated page; the price is that the proxy refills itself after a change,
which editors make a few times an hour at most.

Wagtail's frontend_cache app purges a page's own addresses when it is published or unpublished;
the backends below turn every such purge into a purge of the whole site. Every other change that
shows on pages (a page moved or deleted, a setting, snippet, image, document, redirect or privacy
rule saved) reaches purge_site() through the page cache's purge (pagecache/purge.py), so the
page cache and the proxy are purged by the same changes. The backends are configured by
environment variables in veiligpubliek/settings/base.py.
"""

import logging
import socket
from urllib.error import URLError
from urllib.parse import urlsplit
from urllib.request import Request, urlopen

import requests
from django.conf import settings
from django.db import DatabaseError, transaction
from wagtail import __version__ as wagtail_version
from wagtail.contrib.frontend_cache.backends import (
    CloudflareBackend,
    CloudfrontBackend,
    HTTPBackend,
)
from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache

logger = logging.getLogger("wagtail.frontendcache")


class BanRequest(Request):
    def get_method(self):
        return "BAN"


class SiteWidePurge:
    """Any purge purges the whole site, once the change is committed.

    After the commit, so that the proxy cannot fetch the page again from a web replica that still
    reads the old content in the moment between the purge and the commit.
    """

    def purge(self, url):
        self.purge_batch([url])

    def purge_batch(self, urls):
        hosts = sorted({urlsplit(url).netloc for url in urls})
        connection = transaction.get_connection()
        if not connection.in_atomic_block:
            self.purge_site(hosts)
            return
        # One purge per backend and transaction, however many pages a bulk action publishes. The
        # note lives on the outermost transaction, so a rolled-back one takes it along.
        pending = vars(connection.atomic_blocks[0]).setdefault("frontend_cache_purges", set())
        key = (type(self).__name__, self.purge_target())
        if key in pending:
            return
        pending.add(key)

        def purge_after_commit():
            pending.discard(key)
            self.purge_site(hosts)

        transaction.on_commit(purge_after_commit)

    def purge_target(self):
        raise NotImplementedError

    def purge_site(self, hosts):
        raise NotImplementedError


class VarnishBanBackend(SiteWidePurge, HTTPBackend):
    """Bans every cached address of the site on each Varnish that LOCATION's host name names.

    The shipped VCL (deploy/varnish/default.vcl) takes `BAN /` from the web tier as "forget every
    address under /". With several Varnish replicas, LOCATION names a host that resolves to each
    of them (a headless Service on Kubernetes), and each one gets the ban.
    """

    def purge_target(self):
        return self.cache_netloc

    def purge_site(self, hosts):
        for address in self.varnish_addresses():
            self.ban_everything(address, hosts[0] if hosts else "localhost")

    def varnish_addresses(self):
        location = urlsplit(f"{self.cache_scheme}://{self.cache_netloc}")
        port = location.port or (443 if location.scheme == "https" else 80)
        try:
            found = socket.getaddrinfo(location.hostname, port, type=socket.SOCK_STREAM)
        except OSError as error:
            logger.error("Couldn't find Varnish at %s: %s", location.hostname, error)
            return []
        addresses = sorted({info[4][0] for info in found})
        return [f"[{ip}]:{port}" if ":" in ip else f"{ip}:{port}" for ip in addresses]

    def ban_everything(self, address, host):
        request = BanRequest(
            f"{self.cache_scheme}://{address}/",
            headers={"Host": host, "User-Agent": f"Wagtail-frontendcache/{wagtail_version}"},
        )
        try:
            urlopen(request, timeout=10)  # noqa: S310 - the scheme comes from our own setting
        except (URLError, OSError) as error:
            logger.error("Couldn't ban the site from Varnish at %s: %s", address, error)


class CloudflareSiteBackend(SiteWidePurge, CloudflareBackend):
    """Purges everything Cloudflare keeps for the zone (the zone is this site)."""

    def purge_target(self):
        return self.cloudflare_zoneid

    def purge_site(self, hosts):
        headers = {"Content-Type": "application/json"}
        if self.cloudflare_token:
            headers["Authorization"] = f"Bearer {self.cloudflare_token}"
        else:
            headers["X-Auth-Email"] = self.cloudflare_email
            headers["X-Auth-Key"] = self.cloudflare_api_key
        try:
            response = requests.post(
                self.cloudflare_purge_endpoint_url,
                json={"purge_everything": True},
                headers=headers,
                timeout=30,
            )
            response.raise_for_status()
        except requests.RequestException as error:
            logger.error("Couldn't purge the site from Cloudflare: %s", error)


class CloudfrontSiteBackend(SiteWidePurge, CloudfrontBackend):
    """Invalidates every path of the CloudFront distribution ("/*" counts as one path)."""

    def purge_target(self):
        return self.cloudfront_distribution_id

    def purge_site(self, hosts):
        self._create_invalidation(self.cloudfront_distribution_id, ["/*"])


def purge_site():
    """Purge every site from every configured proxy or CDN."""
    from wagtail.models import Site

    if not settings.WAGTAILFRONTENDCACHE:
        return
    try:
        with transaction.atomic():  # a savepoint: a failed query must not break the caller's
            roots = [f"{site.root_url}/" for site in Site.objects.all()]
    except DatabaseError:
        # While migrations build the database there are no sites, and nothing cached to purge.
        logger.info("Geen sites om te purgen: de database heeft nog geen sites-tabel.")
        return
    purge_urls_from_cache(roots)
