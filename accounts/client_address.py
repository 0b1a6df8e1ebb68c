"""The visitor's address, also behind the TLS proxy.

REMOTE_ADDR is the proxy's own address when a proxy forwards the request. X-Forwarded-For is
believed only when the connection comes from one of TRUSTED_PROXIES, and only as far back as the
chain of trusted proxies goes: reading from the right, the first address that is not a trusted
proxy is the client. Anything a client writes further left is ignored, so it cannot pick its own
address to dodge a lockout or to pass the admin allowlist.
"""

import ipaddress
from functools import lru_cache

from django.conf import settings


def client_address(request):
    remote = request.META.get("REMOTE_ADDR", "")
    if not is_in_networks(remote, settings.TRUSTED_PROXIES):
        return remote
    hops = [hop.strip() for hop in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    hops = [hop for hop in hops if hop]
    for hop in reversed(hops):
        if parse_address(hop) is None:
            # A trusted proxy never writes this; stop believing the header here.
            return remote
        if not is_in_networks(hop, settings.TRUSTED_PROXIES):
            return hop
    return hops[0] if hops else remote


def is_in_networks(address, networks):
    parsed = parse_address(address)
    if parsed is None:
        return False
    return any(parsed in network for network in parse_networks(tuple(networks)))


@lru_cache(maxsize=32)
def parse_networks(networks):
    """CIDR strings to networks; a typo is a configuration error that should stop the start."""
    return tuple(ipaddress.ip_network(network, strict=False) for network in networks)


def parse_address(address):
    try:
        return ipaddress.ip_address(address)
    except ValueError:
        return None
