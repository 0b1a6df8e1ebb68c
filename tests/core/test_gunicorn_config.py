"""docker/gunicorn.conf.py leaves successful health probes out of the access log."""

import importlib.util
import logging
from datetime import timedelta
from pathlib import Path
from types import SimpleNamespace

from gunicorn.config import Config

CONFIG = Path(__file__).resolve().parent.parent.parent / "docker" / "gunicorn.conf.py"


def load_logger_class():
    spec = importlib.util.spec_from_file_location("gunicorn_conf", CONFIG)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.logger_class


class Collected(logging.Handler):
    def __init__(self):
        super().__init__()
        self.records = []

    def emit(self, record):
        self.records.append(record)


def logged_paths(requests):
    config = Config()
    config.set("accesslog", "-")
    logger = load_logger_class()(config)
    collector = Collected()
    lines = collector.records
    logger.access_log.addHandler(collector)
    for path, status in requests:
        response = SimpleNamespace(
            status=f"{status} X", status_code=status, sent=2, headers=[], response_length=2
        )
        request = SimpleNamespace(headers=[], method="GET", path=path, query="", version=(1, 1))
        environ = {
            "PATH_INFO": path,
            "RAW_URI": path,
            "REQUEST_METHOD": "GET",
            "REMOTE_ADDR": "127.0.0.1",
            "SERVER_PROTOCOL": "HTTP/1.1",
        }
        before = len(lines)
        logger.access(response, request, environ, timedelta(seconds=0.01))
        if len(lines) > before:
            yield path, status
    logger.access_log.removeHandler(collector)


def test_probes_that_succeed_are_not_logged_others_are():
    requests = [("/healthz", 200), ("/readyz", 200), ("/readyz", 503), ("/", 200)]
    assert list(logged_paths(requests)) == [("/readyz", 503), ("/", 200)]


def load_config_module():
    spec = importlib.util.spec_from_file_location("gunicorn_conf", CONFIG)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_each_worker_loads_the_pdf_library_before_its_first_request():
    import sys

    sys.modules.pop("weasyprint", None)
    load_config_module().post_worker_init(worker=None)
    assert "weasyprint" in sys.modules


def test_a_worker_without_the_pdf_library_still_starts(monkeypatch, caplog):
    import visitortools.pdf

    def missing_pango():
        raise OSError("cannot load library 'libpango-1.0-0'")

    monkeypatch.setattr(visitortools.pdf, "warm_up", missing_pango)
    load_config_module().post_worker_init(worker=None)
    assert "WeasyPrint could not be loaded" in caplog.text


def test_the_access_log_holds_no_answers_from_the_address_or_the_referring_page(tmp_path):
    """The self-assessment's answers travel in its query string; the log keeps only the path."""
    log_file = tmp_path / "access.log"
    config = Config()
    config.set("accesslog", str(log_file))
    logger = load_logger_class()(config)
    answers = "risicoanalyse=weet-ik-niet&protocol=nee&organisatie=Gemeente+Peelbeek&v=1a2b3c4d"
    result = f"/zelfinspectie/resultaat/?{answers}"
    response = SimpleNamespace(
        status="302 Found",
        status_code=302,
        sent=0,
        headers=[("Location", f"{result}&datum=2026-12-05")],
        response_length=0,
    )
    headers = [
        ("REFERER", f"https://veiligpubliek.example/zelfinspectie/?{answers}#vraag-protocol"),
        ("USER-AGENT", "Firefox"),
    ]
    request = SimpleNamespace(headers=headers, method="GET", path=result, version=(1, 1))
    environ = {
        "PATH_INFO": "/zelfinspectie/resultaat/",
        "QUERY_STRING": answers,
        "RAW_URI": result,
        "REQUEST_METHOD": "GET",
        "REMOTE_ADDR": "192.0.2.7",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "HTTP_REFERER": headers[0][1],
        "HTTP_USER_AGENT": "Firefox",
    }
    logger.access(response, request, environ, timedelta(seconds=0.01))
    # Every atom that could be put in a custom log format, not only the default format's.
    atoms = logger.atoms(response, request, environ, timedelta(seconds=0.01))
    for handler in logger.access_log.handlers:
        handler.flush()
    line = log_file.read_text()
    assert '"GET /zelfinspectie/resultaat/ HTTP/1.1" 302' in line
    assert '"https://veiligpubliek.example/zelfinspectie/"' in line  # the referring page, bare
    for text in (line, *(str(value) for value in atoms.values())):
        for answer in ("weet-ik-niet", "protocol=nee", "Peelbeek", "1a2b3c4d", "2026-12-05"):
            assert answer not in text
