vcl 4.1;
# Varnish in front of the web tier (issue: past one machine). The application decides what may be
# cached (Cache-Control with s-maxage, stale-while-revalidate and stale-if-error on anonymous
# pages; private, no-store for editors and the admin); this configuration honours that, never
# caches a request that carries a session, and accepts purges only from the web tier.
#
# The backends differ per deployment and live in an included file that defines the backends,
# their health probes on /readyz, and a director named "web" (see backends-*.vcl next to this file).
#
# No access log: no deployment runs varnishncsa, and nothing here writes an address to a log
# (std.log, std.syslog). The self-assessment's answers are in its query string; should a log be
# needed, log the path only (varnishncsa -F with %U, never %r, %q or the Referer).

import std;
import directors;

include "backends.vcl";

# Only the web tier may purge or ban (wagtail.contrib.frontend_cache sends PURGE requests).
acl purgers {
    "127.0.0.1";
    "::1";
    "10.0.0.0"/8;
    "172.16.0.0"/12;
    "192.168.0.0"/16;
}

sub vcl_recv {
    set req.backend_hint = web.backend();
    # While a backend is healthy a stale copy is handed out only briefly (and refreshed in the
    # background); when every backend fails, the whole stale-if-error period applies.
    if (std.healthy(req.backend_hint)) {
        set req.grace = 60s;
    }

    if (req.method == "PURGE" || req.method == "BAN") {
        if (client.ip !~ purgers) {
            return (synth(403, "Forbidden"));
        }
        if (req.method == "BAN") {
            # Wagtail sends a purge per URL; a ban on a path prefix clears a whole section.
            ban("obj.http.x-url ~ ^" + req.url);
            return (synth(200, "Banned"));
        }
        return (purge);
    }

    # Health checks of the proxy itself, answered without a backend.
    if (req.url == "/varnish-health") {
        return (synth(200, "OK"));
    }

    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    # The admin, editors and anything that carries a session or a CSRF token go straight through.
    if (req.url ~ "^/admin(/|$)" || req.url ~ "^/(healthz|readyz)$") {
        return (pass);
    }
    if (req.http.Authorization || req.http.Cookie ~ "(^|;\s*)(sessionid|csrftoken)=") {
        return (pass);
    }
    # Visitors carry no cookies we use; dropping the rest keeps one cached copy per page. The
    # site speaks only Dutch, so the language a browser asks for changes nothing either.
    unset req.http.Cookie;
    unset req.http.Accept-Language;
    # One copy per encoding the application can send; everything else gets the plain copy.
    if (req.http.Accept-Encoding ~ "br") {
        set req.http.Accept-Encoding = "br";
    } elsif (req.http.Accept-Encoding ~ "gzip") {
        set req.http.Accept-Encoding = "gzip";
    } else {
        unset req.http.Accept-Encoding;
    }
    return (hash);
}

sub vcl_backend_response {
    if (beresp.status >= 500) {
        # A failing background refresh keeps the stale copy instead of replacing it with an error.
        if (bereq.is_bgfetch) {
            return (abandon);
        }
        # A replica that fails (or is shutting down): try again, on the next replica.
        if (bereq.retries < 3 && (bereq.method == "GET" || bereq.method == "HEAD")) {
            return (retry);
        }
    }
    # Remembered for bans on a path prefix.
    set beresp.http.x-url = bereq.url;
    if (beresp.http.Set-Cookie || beresp.http.Cache-Control ~ "(private|no-store|no-cache)") {
        set beresp.uncacheable = true;
        set beresp.ttl = 120s;
        return (deliver);
    }
    # s-maxage and max-age come from Cache-Control (Varnish reads them itself). The application's
    # stale-if-error is how long a stale copy is kept for when every backend fails (vcl_recv
    # shortens that while a backend is healthy).
    if (beresp.http.Cache-Control ~ "stale-if-error=[0-9]+") {
        set beresp.grace = std.duration(
            regsub(beresp.http.Cache-Control, ".*stale-if-error=([0-9]+).*", "\1s"), 1d);
    }
    return (deliver);
}

sub vcl_backend_error {
    # A replica that has just gone away, before its health probe notices: try the next one (the
    # director picks the next replica, so a few tries reach a live one also under load).
    if (bereq.retries < 3 && (bereq.method == "GET" || bereq.method == "HEAD")) {
        return (retry);
    }
    # Every backend failed and there is no stale copy to hand out: the branded static page.
    set beresp.http.Content-Type = "text/html; charset=utf-8";
    set beresp.http.Retry-After = "30";
    set beresp.http.Cache-Control = "no-store";
    synthetic(std.fileread("/etc/varnish/503.html"));
    return (deliver);
}

sub vcl_deliver {
    unset resp.http.x-url;
    if (obj.hits > 0) {
        set resp.http.X-Proxy-Cache = "HIT";
    } else {
        set resp.http.X-Proxy-Cache = "MISS";
    }
}
