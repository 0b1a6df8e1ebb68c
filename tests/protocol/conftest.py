"""Fixtures of the protocol tool's view tests: the tool below the home page, and a visitor."""

import pytest

from tests.protocol.factories import ProtocolToolPageFactory


@pytest.fixture
def tool(home_page):
    return ProtocolToolPageFactory(parent=home_page)


@pytest.fixture
def client(anonymous_client):
    return anonymous_client
