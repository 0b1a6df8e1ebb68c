"""The components of the fault test (.ci/checks/faults.py), on top of the scale-out test's.

Besides PostgreSQL, Redis, SeaweedFS, gunicorn A and B and Varnish: a mail server (aiosmtpd, a
process of its own that keeps what it receives in a Maildir), a TCP proxy in front of PostgreSQL
that can make the database slow (faults_proxy.py), and gunicorn C without Redis, whose file cache
is on a 4 MB tmpfs that the test can fill. A stopped part is started again with its own command
line, so on the same ports and folders.
"""

import errno
import json
import mailbox
import os
import re
import socket
import subprocess
from urllib.parse import urlencode, urlsplit

from faults_proxy import SlowProxy
from scaleout import ScaleOut
from scaleout_components import PYTHON, ROOT, fetch, free_port, wait_for

CACHE_DISK_SIZE = "4m"
STATEMENT_TIMEOUT_MS = 2000
PLAIN_PAGES, IMAGE_PAGES = 3, 2


class FaultStack(ScaleOut):
    def __init__(self, work):
        super().__init__(work)
        self.ports.update(smtp=free_port(), c=free_port(), proxy=free_port())
        self.maildir = work / "maildir"
        self.cache_disk = work / "cache-disk"
        self.cache_disk_mounted = False
        self.stopped = {}
        database = urlsplit(os.environ["DATABASE_URL"])
        self.proxy = SlowProxy(self.ports["proxy"], database.hostname, database.port)

    # Environments ----------------------------------------------------------------------------
    def site_environment(self):
        """The management commands' environment: the database directly, the mail sink."""
        env = super().site_environment()
        env.update(EMAIL_HOST="127.0.0.1", EMAIL_PORT=str(self.ports["smtp"]), EMAIL_TIMEOUT="5")
        return env

    def web_environment(self, env):
        """The web replicas reach PostgreSQL through the proxy, with the statement timeout."""
        database = urlsplit(env["DATABASE_URL"])
        user = database.netloc.rpartition("@")[0]
        through_proxy = database._replace(netloc=f"{user}@127.0.0.1:{self.ports['proxy']}")
        return dict(
            env,
            DATABASE_URL=through_proxy.geturl(),
            DATABASE_STATEMENT_TIMEOUT_MS=str(STATEMENT_TIMEOUT_MS),
        )

    def cache_disk_environment(self, web_env):
        """C: the file cache on the small disk, instead of Redis."""
        env = {name: value for name, value in web_env.items() if name != "REDIS_URL"}
        env["VEILIGPUBLIEK_VAR_DIR"] = str(self.cache_disk)
        return env

    # Site helpers ----------------------------------------------------------------------------
    def faults_helper(self, command, env):
        result = subprocess.run(
            [PYTHON, ".ci/checks/faults_site.py", command],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
        )
        if result.returncode != 0:
            raise RuntimeError(f"faults_site.py {command} failed:\n{result.stderr[-3000:]}")
        return json.loads(result.stdout.strip().splitlines()[-1])

    def sort_pages(self, candidates):
        """(pages without images, pages with images, a page the load never asks for)."""
        plain, with_images = [], []
        for path in candidates:
            answer = fetch(self.url("a", path))
            if answer.status != 200:
                continue
            (with_images if 'src="/media/images/' in answer.text else plain).append(path)
        if len(plain) <= PLAIN_PAGES or not with_images:
            raise RuntimeError(f"too few public pages: {plain} and with images {with_images}")
        return plain[:PLAIN_PAGES], with_images[:IMAGE_PAGES], plain[PLAIN_PAGES]

    # Stopping and starting parts -------------------------------------------------------------
    def stop_part(self, name):
        self.stopped[name] = self.services.processes[name].args
        self.services.stop(name)

    def start_part_again(self, name, cwd=ROOT):
        log = self.work / f"{name}.log"
        if log.exists():
            log.rename(self.work / f"{name}-before-restart.log")
        self.services.start(name, self.stopped.pop(name), cwd=cwd)

    # The mail server -------------------------------------------------------------------------
    def start_mail_sink(self):
        process = self.services.start(
            "smtp",
            [PYTHON, "-m", "aiosmtpd", "-n", "-l", f"127.0.0.1:{self.ports['smtp']}",
             "-c", "aiosmtpd.handlers.Mailbox", str(self.maildir)],
        )  # fmt: skip
        wait_for(
            "mail server",
            lambda: socket.create_connection(("127.0.0.1", self.ports["smtp"])),
            30,
            process,
        )

    def mail_received(self, recipient):
        if not self.maildir.exists():
            return False
        return any(
            recipient in message.get("X-RcptTo", "") for message in mailbox.Maildir(self.maildir)
        )

    def ask_password_reset(self, who, email):
        """The admin's password reset form, as an editor uses it: its answer's status."""
        url = self.url(who, "/admin/password_reset/")
        form = fetch(url)
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form.text)
        cookies = " ".join(form.headers.get_all("Set-Cookie") or [])
        cookie = re.search(r"csrftoken=([^;]+)", cookies)
        if form.status != 200 or not token or not cookie:
            raise RuntimeError(f"no password reset form on {who}: {form.status}")
        data = urlencode({"csrfmiddlewaretoken": token.group(1), "email": email}).encode()
        headers = {
            "Cookie": f"csrftoken={cookie.group(1)}",
            "Content-Type": "application/x-www-form-urlencoded",
        }
        return fetch(url, "POST", data=data, headers=headers).status

    # The cache disk --------------------------------------------------------------------------
    def mount_cache_disk(self):
        """A tmpfs of 4 MB for C's VEILIGPUBLIEK_VAR_DIR (needs root, as in CI); False without."""
        self.cache_disk.mkdir()
        if os.geteuid() != 0:
            return False
        subprocess.run(
            [
                "mount",
                "-t",
                "tmpfs",
                "-o",
                f"size={CACHE_DISK_SIZE}",
                "tmpfs",
                str(self.cache_disk),
            ],
            check=True,
        )
        self.cache_disk_mounted = True
        return True

    def unmount_cache_disk(self):
        if self.cache_disk_mounted:
            subprocess.run(["umount", str(self.cache_disk)], check=False)
            self.cache_disk_mounted = False

    @property
    def filler(self):
        return self.cache_disk / "filler"

    def fill_cache_disk(self):
        """Writes zeros until the disk refuses (ENOSPC); the cache keeps what it has."""
        with open(self.filler, "wb", buffering=0) as file:
            try:
                while True:
                    file.write(bytes(65536))
            except OSError as error:
                if error.errno != errno.ENOSPC:
                    raise
        free = os.statvfs(self.cache_disk).f_bavail
        if free:
            raise RuntimeError(f"cache disk not full: {free} blocks free")

    def empty_cache_disk(self):
        self.filler.unlink()
