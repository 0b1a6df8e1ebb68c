"""docker/gunicorn.conf.py leaves successful health probes out of the access log."""

import importlib.util
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


def logged_paths(requests):
    config = Config()
    config.set("accesslog", "-")
    logger = load_logger_class()(config)
    lines = []
    logger.access_log.info = lambda *args, **kwargs: lines.append(args)
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
