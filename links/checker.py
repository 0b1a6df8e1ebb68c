"""Checks one web address the polite way, with ``requests``.

- HEAD first (no body); GET only when the server refuses HEAD (405, 501). The GET is streamed
  and closed unread: only the status counts.
- Redirects are followed by hand, at most MAX_REDIRECTS, so that every hop waits its turn at its
  own host and a redirect to another scheme (ftp:, file:) is refused.
- At most one request per host per ``per_host_interval`` seconds (the ``HostThrottle``).
- Short timeouts for connecting and for reading; a User-Agent that names this site.

Editors enter these addresses, so they are trusted not to aim at the servers next door; only
http and https are followed.
"""

import time
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import requests
from django.conf import settings

from .extract import is_web_address

MAX_REDIRECTS = 5
HEAD_REFUSED = {405, 501}


def user_agent():
    return f"VeiligPubliek-linkcontrole/1.0 (+{settings.CANONICAL_BASE_URL}/)"


@dataclass
class Answer:
    status_code: int | None
    error: str
    final_url: str

    @property
    def ok(self):
        return not self.error and self.status_code is not None and 200 <= self.status_code < 300


class HostThrottle:
    """Waits so that requests to one host are at least ``interval`` seconds apart."""

    def __init__(self, interval, clock=time.monotonic, sleep=time.sleep):
        self.interval = interval
        self.clock = clock
        self.sleep = sleep
        self.last_request = {}

    def wait_for(self, host):
        last = self.last_request.get(host)
        if last is not None:
            wait = last + self.interval - self.clock()
            if wait > 0:
                self.sleep(wait)
        self.last_request[host] = self.clock()

    def ready_in(self, host):
        """Seconds until a request to ``host`` may go out (0: now)."""
        last = self.last_request.get(host)
        return 0 if last is None else max(0.0, last + self.interval - self.clock())


class LinkChecker:
    def __init__(self, per_host_interval=3.0, connect_timeout=3.0, read_timeout=5.0, throttle=None):
        self.throttle = throttle or HostThrottle(per_host_interval)
        self.timeout = (connect_timeout, read_timeout)
        self.session = requests.Session()
        self.session.headers["User-Agent"] = user_agent()
        # No proxy, .netrc or certificates from the environment of whoever runs the command.
        self.session.trust_env = False

    def close(self):
        self.session.close()

    def check(self, url):
        if not is_web_address(url):
            return Answer(None, "Geen http- of https-adres; niet gecontroleerd", url)
        try:
            return self._follow(url)
        except requests.exceptions.ConnectTimeout:
            return Answer(None, f"Geen verbinding binnen {self.timeout[0]:g} seconden", url)
        except requests.exceptions.ReadTimeout:
            return Answer(None, f"Geen antwoord binnen {self.timeout[1]:g} seconden", url)
        except requests.exceptions.SSLError:
            return Answer(None, "Het beveiligingscertificaat klopt niet", url)
        except requests.exceptions.ConnectionError as error:
            if "Name or service not known" in str(error) or "NameResolution" in str(error):
                return Answer(None, "Server niet gevonden", url)
            return Answer(None, "Geen verbinding met de server", url)
        except (requests.exceptions.RequestException, ValueError):
            return Answer(None, "Ongeldig antwoord of adres", url)

    def _follow(self, url):
        for _ in range(MAX_REDIRECTS + 1):
            response = self._request(url)
            location = response.headers.get("Location")
            if not (response.is_redirect and location):
                return Answer(response.status_code, "", url)
            url = urljoin(url, location)
            if not is_web_address(url):
                return Answer(
                    response.status_code, "Doorverwezen naar een adres dat geen http(s) is", url
                )
        return Answer(None, f"Meer dan {MAX_REDIRECTS} doorverwijzingen", url)

    def _request(self, url):
        host = urlsplit(url).hostname
        self.throttle.wait_for(host)
        with self.session.head(url, allow_redirects=False, timeout=self.timeout) as response:
            if response.status_code not in HEAD_REFUSED:
                return response
        self.throttle.wait_for(host)
        with self.session.get(
            url, allow_redirects=False, timeout=self.timeout, stream=True
        ) as response:
            return response
