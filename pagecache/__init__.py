"""The anonymous page cache: public pages served from the shared Django cache (this app).

How it fits together:

- ``generation``: one site-wide token in the cache. Every change that can show on a public page
  replaces it (``purge``), so that every stored page is out of date at once. Simple and always
  correct; no bookkeeping of which page shows what.
- ``keys``: which cache entry belongs to a request (host, path, sorted query string).
- ``policy``: which requests may be answered from the cache and which responses may be stored.
- ``entries``: a stored page (compressed once, with its ETag) and the responses made from it.
- ``http``: the Cache-Control and Vary headers for browsers and CDNs.
- ``middleware``: puts it together, before sessions, authentication and CSRF.
- ``outage``: the 503 answer when the database is down.
- ``fragments``: parts of pages (navigation, routes, related items) kept per generation.
- ``purge`` and ``proxy_purge``: a change bumps the generation and purges a proxy or CDN.
- ``restrictions`` and ``site_objects``: Wagtail's per-request lookups answered per generation.
- ``compression``: gzip for what the page cache does not store.
- ``routing``: finding a page by its address in one query, kept per generation.
"""
