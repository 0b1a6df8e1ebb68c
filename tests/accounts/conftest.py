import logging

import pytest
from django.test import Client

from .helpers import CLIENT_ADDRESS


class _Collector(logging.Handler):
    def __init__(self):
        super().__init__(level=logging.INFO)
        self.records = []

    def emit(self, record):
        self.records.append(record)


@pytest.fixture
def security_log():
    """The structured security trail, as the list of field dicts logged during the test."""
    logger = logging.getLogger("veiligpubliek.security")
    handler = _Collector()
    logger.addHandler(handler)

    class Trail:
        @property
        def records(self):
            return handler.records

        @property
        def events(self):
            return [record.fields for record in handler.records]

        def of(self, event):
            return [fields for fields in self.events if fields["event"] == event]

    try:
        yield Trail()
    finally:
        logger.removeHandler(handler)


@pytest.fixture
def client():
    """A browser at one fixed outside address (Django's test client would say 127.0.0.1, which
    is a trusted proxy here)."""
    return Client(REMOTE_ADDR=CLIENT_ADDRESS)
