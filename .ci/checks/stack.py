"""A throwaway production stack for the benchmark and the database outage check: PostgreSQL 15 in
a temporary folder and gunicorn with the production settings, as .ci/run starts them.

Runs as root (like CI; PostgreSQL then runs as the postgres user) or as a normal user.
"""

import os
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PYTHON = str(ROOT / ".venv" / "bin" / "python")
PG_BIN = Path(os.environ.get("PG_BIN", "/usr/lib/postgresql/15/bin"))


def _as_postgres(command):
    if os.geteuid() == 0:
        return ["su", "postgres", "-c", shlex.join(command)]
    return command


class Postgres:
    def __init__(self, port):
        self.port = port
        self.workdir = Path(tempfile.mkdtemp(prefix="veiligpubliek-stack-"))
        self.pgdata = self.workdir / "pgdata"
        if os.geteuid() == 0:
            shutil.chown(self.workdir, "postgres")
        self.url = f"postgres://postgres@127.0.0.1:{port}/veiligpubliek"

    def init(self):
        subprocess.run(
            _as_postgres(
                [str(PG_BIN / "initdb"), "-D", str(self.pgdata), "-A", "trust", "-U", "postgres"]
                + ["--locale=C.UTF-8", "-E", "UTF8"]
            ),
            check=True,
            stdout=subprocess.DEVNULL,
        )
        self.start()
        subprocess.run(
            _as_postgres(
                [str(PG_BIN / "createdb"), "-h", "127.0.0.1", "-p", str(self.port), "veiligpubliek"]
            ),
            check=True,
        )

    def start(self):
        options = f"-p {self.port} -k {self.workdir} -c listen_addresses=127.0.0.1 -c fsync=off"
        subprocess.run(
            _as_postgres(
                [str(PG_BIN / "pg_ctl"), "-D", str(self.pgdata), "-l", str(self.workdir / "log")]
                + ["-o", options, "-w", "start"]
            ),
            check=True,
            stdout=subprocess.DEVNULL,
        )

    def stop(self):
        subprocess.run(
            _as_postgres([str(PG_BIN / "pg_ctl"), "-D", str(self.pgdata), "-m", "fast", "stop"]),
            check=False,
            stdout=subprocess.DEVNULL,
        )

    def remove(self):
        self.stop()
        shutil.rmtree(self.workdir, ignore_errors=True)


def production_env(database_url, workdir, port, **extra):
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE="veiligpubliek.settings.production",
        DJANGO_SECRET_KEY=f"stack-{time.time_ns()}-not-a-real-secret",
        DATABASE_URL=database_url,
        ALLOWED_HOSTS="127.0.0.1,localhost",
        SECURE_SSL_REDIRECT="false",
        SECURE_COOKIES="false",
        STATIC_ROOT=str(workdir / "static"),
        MEDIA_ROOT=str(workdir / "media"),
        VEILIGPUBLIEK_VAR_DIR=str(workdir / "var"),
        CANONICAL_BASE_URL=f"http://127.0.0.1:{port}",
        LOG_LEVEL="WARNING",
    )
    env.update(extra)
    return env


def manage(env, *args):
    subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, env=env, check=True)


def start_gunicorn(env, port, workers=2, config=None):
    """gunicorn as in CI; with config="docker/gunicorn.conf.py" as in production (its hooks too:
    the background page renderer, the statement timeout, the quiet probes)."""
    process = subprocess.Popen(
        [str(ROOT / ".venv" / "bin" / "gunicorn"), "veiligpubliek.wsgi:application"]
        + ["--bind", f"127.0.0.1:{port}", "--workers", str(workers), "--log-level", "warning"]
        + (["--config", str(ROOT / config)] if config else []),
        cwd=ROOT,
        env=env,
    )
    wait_for(f"http://127.0.0.1:{port}/robots.txt")
    return process


def stop_process(process):
    process.terminate()
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()


def fetch(url, headers=None, timeout=10):
    request = urllib.request.Request(
        url, headers={"User-Agent": "veiligpubliek-stack", **(headers or {})}
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def wait_for(url, seconds=120):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            fetch(url, timeout=2)
            return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.3)
    sys.exit(f"{url} did not answer within {seconds} seconds")
