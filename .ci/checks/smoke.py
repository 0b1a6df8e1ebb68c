"""Production smoke test: fetch key pages over HTTP and check status, headers and cookies, that
every image on the pages with images is served, that the protocol tool gives its downloads, and
that after a purge the background page renderer (started by gunicorn's master) renders a page
anew while visitors get the copy from before.

Usage: python .ci/checks/smoke.py http://127.0.0.1:8765
Waits up to 300 seconds (migrations and the demo content load first) for the server to come up. Exits non-zero on the first problem.
"""

import json
import re
import subprocess
import sys
import time
import urllib.error
import urllib.request

from smoke_protocol import check_protocol_tool

PAGES = [
    ("/", 200),
    ("/preventie/", 200),
    ("/handelen-bij-een-incident/doe-een-melding-of-aangifte/", 200),
    ("/documenten/", 200),
    ("/ervaringen-uit-de-praktijk/", 200),
    ("/ervaringen-uit-de-praktijk/?provincie=utrecht&agressie=verbaal", 200),
    ("/ervaringen-uit-de-praktijk/feed/", 200),
    ("/infographic/", 200),
    ("/agressieprotocol-maken/", 200),
    ("/zelfinspectie/", 200),
    ("/actueel/", 200),
    ("/zoeken/?q=agressieve+klant", 200),
    ("/robots.txt", 200),
    ("/sitemap.xml", 200),
    ("/.well-known/security.txt", 200),
    ("/deze-pagina-bestaat-niet/", 404),
    ("/admin/login/", 200),
]
# Pages whose demo content has images (democontent/images/): every <img> and <source> on them
# must be served, with DEBUG off, as an image.
IMAGE_PAGES = [
    "/",
    "/preventie/",
    "/handelen-bij-een-incident/",
    "/ervaringen-uit-de-praktijk/zuiderhaven-reageert-binnen-48-uur/",
]


class NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


OPENER = urllib.request.build_opener(NoRedirects)


def fetch(url, host=None):
    headers = {"User-Agent": "veiligpubliek-smoke"}
    if host:
        headers["Host"] = host
    request = urllib.request.Request(url, headers=headers)
    try:
        with OPENER.open(request, timeout=10) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def wait_for(base_url, seconds=300):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            fetch(base_url + "/robots.txt")
            return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.5)
    sys.exit(f"Server at {base_url} did not answer within {seconds} seconds")


def image_urls(html):
    """Every image address of a page: src of <img>, and each candidate of a srcset."""
    urls = set(re.findall(r'<img\b[^>]*?\ssrc="([^"]+)"', html))
    for srcset in re.findall(r'\ssrcset="([^"]+)"', html):
        urls.update(candidate.split()[0] for candidate in srcset.split(",") if candidate.strip())
    return sorted(url.replace("&amp;", "&") for url in urls)


def check_images(base_url, problems):
    for path in IMAGE_PAGES:
        status, _headers, body = fetch(base_url + path)
        urls = image_urls(body.decode()) if status == 200 else []
        if not urls:
            problems.append(f"{path}: no images (status {status})")
        for url in urls:
            image_status, headers, content = fetch(
                url if url.startswith("http") else base_url + url
            )
            content_type = headers.get("Content-Type", "")
            print(f"{image_status} {url} ({content_type}, {len(content)} bytes)")
            if image_status != 200 or not content_type.startswith("image/") or not content:
                problems.append(f"{path}: image {url} answers {image_status} {content_type}")
            elif headers.get("X-Content-Type-Options") != "nosniff":
                problems.append(f"{url}: no X-Content-Type-Options: nosniff")


def check_open_api(base_url, problems):
    """The open API on the production stack: JSON with its version header, no cookie, CORS."""
    for path in ("/api/v1/openapi.json", "/api/v1/practice-examples?pageSize=5", "/api/v1/themes"):
        status, headers, body = fetch(base_url + path)
        try:
            answer = json.loads(body)
        except ValueError:
            answer = None
        print(f"{status} {path} ({len(body)} bytes, API-Version {headers.get('API-Version')})")
        if (
            status != 200
            or answer is None
            or headers.get("API-Version") != "1.0.0"
            or headers.get("Set-Cookie")
            or headers.get("Access-Control-Allow-Origin") != "*"
        ):
            problems.append(f"{path}: not an open API answer ({status})")
    status, headers, _ = fetch(base_url + "/api/v1/practice-examples?pageSize=1000")
    if status != 400 or not headers.get("Content-Type", "").startswith("application/problem+json"):
        problems.append(
            f"/api/v1/practice-examples?pageSize=1000: {status}, not a problem+json 400"
        )


def check_script_modules(base_url, home_html, problems):
    """The entry module and every module it loads have hashed names and a year of caching."""
    entry = re.search(r'<script type="module" src="([^"]+)"', home_html).group(1)
    _status, _headers, entry_body = fetch(base_url + entry)
    folder = entry.rsplit("/", 1)[0]
    modules = [entry] + [
        f"{folder}/{name}" for name in re.findall(r'import\("\./([^"]+)"\)', entry_body.decode())
    ]
    for path in modules:
        status, headers, _ = fetch(base_url + path)
        hashed = re.search(r"\.[0-9a-f]{12}\.js$", path)
        long_cached = "max-age=315360000" in headers.get("Cache-Control", "")
        print(f"{status} {path} ({'hashed, long cached' if hashed and long_cached else 'NOT'})")
        if status != 200 or not hashed or not long_cached:
            problems.append(f"{path}: not a hashed, long-cached script module")
    if len(modules) < 5:
        problems.append(f"{entry}: loads {len(modules) - 1} modules by hashed name, expected 4")


def check_background_renderer(base_url, problems):
    """Run where the server runs, with its environment (as .ci/run does)."""
    path = "/preventie/"
    fetch(base_url + path)
    subprocess.run([sys.executable, "manage.py", "purge_page_cache"], check=True)
    first = fetch(base_url + path)[1].get("X-Cache")
    seen = [first]
    deadline = time.monotonic() + 20
    while seen[-1] != "HIT" and time.monotonic() < deadline:
        time.sleep(0.2)
        seen.append(fetch(base_url + path)[1].get("X-Cache"))
    print(f"after a purge {path} was served: {' '.join(dict.fromkeys(seen))}")
    if first != "STALE" or seen[-1] != "HIT":
        problems.append(
            f"{path} after a purge: {seen[:3]}...{seen[-1:]}; expected STALE (the background "
            "renderer takes the page) and then HIT (it stored the new copy)"
        )


def main(base_url):
    wait_for(base_url)
    problems = []
    for path, expected in PAGES:
        status, headers, body = fetch(base_url + path)
        print(f"{status} {path} ({len(body)} bytes)")
        if status != expected:
            problems.append(f"{path}: status {status}, expected {expected}")
        if path != "/admin/login/" and headers.get("Set-Cookie"):
            problems.append(f"{path}: sets a cookie for an anonymous visitor")
        is_public_page = status == 200 and path.endswith("/") and not path.startswith("/admin/")
        if is_public_page and "Content-Security-Policy" not in headers:
            problems.append(f"{path}: no Content-Security-Policy header")
    status, headers, body = fetch(base_url + "/")
    stylesheet = body.decode().split('rel="stylesheet" href="')[1].split('"')[0]
    css_status, css_headers, css = fetch(base_url + stylesheet)
    print(f"{css_status} {stylesheet} ({len(css)} bytes, hashed static file)")
    if (
        css_status != 200
        or not css
        or "max-age=315360000" not in css_headers.get("Cache-Control", "")
    ):
        problems.append(f"{stylesheet}: not served as a long-cached static file")
    check_script_modules(base_url, body.decode(), problems)
    check_open_api(base_url, problems)
    check_images(base_url, problems)
    check_protocol_tool(base_url, fetch, problems)
    check_background_renderer(base_url, problems)
    status, headers, _ = fetch(base_url + "/bij-incident/aangifte/", host="www.agressievrijwerk.nl")
    location = headers.get("Location", "")
    print(f"{status} www.agressievrijwerk.nl/bij-incident/aangifte/ -> {location}")
    if status != 301 or not location.endswith(
        "/handelen-bij-een-incident/doe-een-melding-of-aangifte/"
    ):
        problems.append("the legacy host does not redirect an old address to its new page")
    if problems:
        sys.exit("Smoke test failed:\n- " + "\n- ".join(problems))
    print("Smoke test passed.")


if __name__ == "__main__":
    main(sys.argv[1].rstrip("/"))
