"""A port on this machine where nothing listens: for a service that is down (Redis, S3, mail)."""

import socket


def unused_port():
    """Bound for a moment and released again, so nothing answers there."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]
