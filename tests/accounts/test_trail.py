"""The security trail is written as one JSON object per line."""

import json
import logging

from django.test import RequestFactory

from accounts.trail import record
from operations.json_logging import JsonFormatter


def test_a_trail_line_is_json_with_event_username_and_address(security_log, settings):
    settings.TRUSTED_PROXIES = ["127.0.0.1/32"]
    request = RequestFactory().get("/", REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="192.0.2.8")
    record("login.failed", request, "redacteur")

    [log_record] = security_log.records
    line = json.loads(JsonFormatter().format(log_record))
    assert line["event"] == "login.failed"
    assert line["username"] == "redacteur"
    assert line["client_address"] == "192.0.2.8"
    assert line["level"] == "INFO"
    assert line["logger"] == "veiligpubliek.security"


def test_other_records_keep_their_message():
    log_record = logging.LogRecord("x", logging.WARNING, __file__, 1, "hallo %s", ("wereld",), None)
    assert json.loads(JsonFormatter().format(log_record))["message"] == "hallo wereld"
