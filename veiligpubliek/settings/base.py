"""Settings shared by every environment. Environment-specific files import * from here."""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

from veiligpubliek.apps import PROJECT_APPS

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = Path(os.environ.get("VEILIGPUBLIEK_VAR_DIR", BASE_DIR / "var"))


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on", "ja"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_int(name, default):
    return int(os.environ.get(name, default))


INSTALLED_APPS = [
    # Our apps, by layer, from the one list in veiligpubliek/apps.py.
    *PROJECT_APPS,
    # Wagtail.
    "wagtail.contrib.forms",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.typed_table_block",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    # Two-factor login (authenticator app and recovery codes) and login throttling.
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "django_otp_webauthn",
    "axes",
    # Django.
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    # Wagtail's admin uses its naturaltime filter ("7 seconden geleden"); the app must be
    # installed for Django to load that filter's Dutch translation.
    "django.contrib.humanize",
]

MIDDLEWARE = [
    # /healthz and /readyz answer before anything else: no host check, no redirect, no session.
    "operations.health.HealthCheckMiddleware",
    # Then, even before SecurityMiddleware: an old agressievrijwerk.nl address gets exactly one
    # redirect, straight to the canonical https address (see legacy/middleware.py).
    "legacy.middleware.LegacyHostRedirectMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "core.middleware.SecurityHeadersMiddleware",
    # A Dutch page for an empty error answer (405, 413, 429) that a view gave itself.
    "core.errors.ErrorPageMiddleware",
    # The admin is not found from outside ADMIN_ALLOWED_NETWORKS; before sessions are read.
    "accounts.middleware.AdminNetworkMiddleware",
    # A download or upload that meets a storage (S3) that does not answer: 503 with Retry-After.
    "assets.storage.StorageOutageMiddleware",
    # Partial downloads (Range) of uploaded images and documents; WhiteNoise does static files.
    "assets.ranges.RangeRequestsMiddleware",
    # Compresses what the page cache does not (it stores its pages compressed already).
    "pagecache.compression.TextGZipMiddleware",
    # The open API (/api/): CORS, its version header, the rate limit, errors as problem+json;
    # before the page cache, so that its cached answers get them too (see api/middleware.py).
    "api.middleware.ApiMiddleware",
    # Before sessions, authentication and CSRF: a cache hit for an anonymous visitor skips them.
    "pagecache.middleware.AnonymousPageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    # The protocol tool's POSTs carry no CSRF token and set no cookie (see protocol/middleware.py).
    "protocol.middleware.ProtocolToolCsrfExemptMiddleware",
    # So do the POSTs of the manager's calendar form and the incident note (whatnow/middleware.py).
    "whatnow.middleware.CalendarFormCsrfExemptMiddleware",
    "whatnow.middleware.IncidentNoteCsrfExemptMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "accounts.middleware.TwoFactorMiddleware",
    "accounts.middleware.PasswordResetThrottleMiddleware",
    # How long browsers and a CDN may keep a document: public a minute, anything else not at all.
    "assets.document_caching.DocumentCacheHeadersMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Wagtail's redirects, matched forgivingly and without chains; replaces its RedirectMiddleware.
    "legacy.middleware.OldPathRedirectMiddleware",
    # Last, as django-axes asks: turns a refused login into our Dutch lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "veiligpubliek.urls"
WSGI_APPLICATION = "veiligpubliek.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "core.context_processors.site_chrome",
            ],
        },
    },
]

# The embedded SQLite database is the default; production and CI set DATABASE_URL (PostgreSQL).
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{VAR_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
    )
}
# A slow database may not hold a web worker: a statement that runs longer is cancelled, and the
# page is answered from the page cache (X-Cache: STALE) or with a 503 and Retry-After, as when the
# database is down (pagecache/outage.py). gunicorn sets it for the web processes
# (docker/gunicorn.conf.py); management commands (migrations, imports) run without a limit.
DATABASE_STATEMENT_TIMEOUT_MS = env_int("DATABASE_STATEMENT_TIMEOUT_MS", 0)
if DATABASE_STATEMENT_TIMEOUT_MS and DATABASES["default"]["ENGINE"].endswith("postgresql"):
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = (
        f"-c statement_timeout={DATABASE_STATEMENT_TIMEOUT_MS}"
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# The one cache setting. The page cache (pagecache/) and Wagtail share one cache that every
# gunicorn worker sees: Redis when REDIS_URL is set, otherwise files on the local disk (no extra
# service to run; keeps working when the database is down). Redis only speeds the site up: when it
# is down or slow, a read fails within REDIS_TIMEOUT_MS, counts as a miss and the page is rendered
# (IGNORE_EXCEPTIONS), so a down Redis slows the site down but never takes it down.
PAGE_CACHE_ENABLED = env_bool("PAGE_CACHE_ENABLED", True)
# After a change, one request renders a page anew while the others get the copy from before
# (pagecache/rendering_claims.py). Off only to measure what that saves (bench/publish_stampede.py).
PAGE_CACHE_SERVE_STALE = env_bool("PAGE_CACHE_SERVE_STALE", True)
# How many out-of-date pages one replica renders anew at the same time; meanwhile other requests
# get the copy from before, so cached pages never queue behind a wave of renders.
PAGE_CACHE_RENDERS_AT_ONCE = env_int("PAGE_CACHE_RENDERS_AT_ONCE", 1)
REDIS_URL = os.environ.get("REDIS_URL", "").strip()
REDIS_TIMEOUT_SECONDS = env_int("REDIS_TIMEOUT_MS", 100) / 1000
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "veiligpubliek",
            "OPTIONS": {
                "IGNORE_EXCEPTIONS": True,
                "SOCKET_CONNECT_TIMEOUT": REDIS_TIMEOUT_SECONDS,
                "SOCKET_TIMEOUT": REDIS_TIMEOUT_SECONDS,
            },
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "pagecache.file_cache.TolerantFileBasedCache",
            "LOCATION": str(VAR_DIR / "cache"),
            "OPTIONS": {"MAX_ENTRIES": 20_000},
        }
    }
# django-redis logs each ignored failure (as a warning) instead of staying silent.
DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Dutch everywhere, the admin included.
LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", "Nederlands")]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
# Our own translations first: they fill in and correct Wagtail's Dutch admin (locale/README.md).
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Amsterdam"
# The editors' time zone choices (account page): the server's list holds names such as "localtime"
# that the browser refuses (RangeError), and everyone here works in Dutch time (issue 25).
WAGTAIL_USER_TIME_ZONES = [TIME_ZONE, "UTC"]
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", VAR_DIR / "media"))
# The site serves uploaded images itself (assets/media.py), also with DEBUG off. Switch this off
# when a web server in front of the site or a storage with its own addresses serves MEDIA_URL.
SERVE_MEDIA = env_bool("SERVE_MEDIA", True)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "assets.static_storage.StaticFilesStorage"},
}
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Uploaded images and documents: on this machine's disk, or with MEDIA_STORAGE=s3 (the default
# when AWS_STORAGE_BUCKET_NAME is set) in an S3-compatible bucket that every web replica shares.
# The bucket stays private; the site serves its files under MEDIA_URL (see assets/storage.py).
MEDIA_STORAGE = os.environ.get(
    "MEDIA_STORAGE", "s3" if os.environ.get("AWS_STORAGE_BUCKET_NAME") else "filesystem"
).lower()
if MEDIA_STORAGE == "s3":
    if not os.environ.get("AWS_STORAGE_BUCKET_NAME"):
        raise ImproperlyConfigured("MEDIA_STORAGE=s3 needs AWS_STORAGE_BUCKET_NAME.")
    from botocore.config import Config as S3ClientConfig

    AWS_S3_ENDPOINT_URL = os.environ.get("AWS_S3_ENDPOINT_URL") or None
    STORAGES["default"] = {
        "BACKEND": "assets.storage.PrivateS3Storage",
        "OPTIONS": {
            "bucket_name": os.environ["AWS_STORAGE_BUCKET_NAME"],
            "endpoint_url": AWS_S3_ENDPOINT_URL,
            "region_name": os.environ.get("AWS_S3_REGION_NAME") or None,
            # Without keys boto3 looks for credentials itself (e.g. a workload identity).
            "access_key": os.environ.get("AWS_ACCESS_KEY_ID") or None,
            "secret_key": os.environ.get("AWS_SECRET_ACCESS_KEY") or None,
            # Objects get no ACL of their own, so they are as private as the bucket.
            "default_acl": None,
            "querystring_auth": True,
            "querystring_expire": 300,
            "file_overwrite": False,
            "signature_version": "s3v4",
            # A storage that does not answer fails within seconds (then 503 with Retry-After,
            # assets/storage.py), rather than holding a worker for minutes of retries.
            "client_config": S3ClientConfig(
                signature_version="s3v4",
                connect_timeout=env_int("S3_CONNECT_TIMEOUT_SECONDS", 2),
                read_timeout=env_int("S3_READ_TIMEOUT_SECONDS", 10),
                retries={"max_attempts": 2, "mode": "standard"},
                s3={
                    "addressing_style": os.environ.get(
                        "AWS_S3_ADDRESSING_STYLE", "path" if AWS_S3_ENDPOINT_URL else "auto"
                    )
                },
            ),
            # S3-compatible stores (SeaweedFS, MinIO, most Dutch providers) want bucket/key paths.
            "addressing_style": os.environ.get(
                "AWS_S3_ADDRESSING_STYLE", "path" if AWS_S3_ENDPOINT_URL else "auto"
            ),
        },
    }
elif MEDIA_STORAGE != "filesystem":
    raise ImproperlyConfigured(
        f"MEDIA_STORAGE must be 'filesystem' or 's3', not {MEDIA_STORAGE!r}."
    )

# The visitor tools' files (PDF, ODT, DOCX) per replica at the same time, and per client address
# per minute (visitortools/heavy.py): the pages keep their workers.
HEAVY_ANSWERS_AT_ONCE = env_int("HEAVY_ANSWERS_AT_ONCE", 1)
HEAVY_ANSWERS_PER_MINUTE = env_int("HEAVY_ANSWERS_PER_MINUTE", 20)

# The open API (/api/v1/): requests per client address per minute, then 429 (api/rate_limit.py).
API_REQUESTS_PER_MINUTE = env_int("API_REQUESTS_PER_MINUTE", 300)

# "Was deze informatie nuttig?" (feedback/): answers per client address per window, then 429; a
# visitor's comment is deleted this many days after it was given (the answer itself is kept).
FEEDBACK_ANSWERS_PER_WINDOW = env_int("FEEDBACK_ANSWERS_PER_WINDOW", 30)
FEEDBACK_RATE_WINDOW_SECONDS = 600
FEEDBACK_COMMENT_RETENTION_DAYS = env_int("FEEDBACK_COMMENT_RETENTION_DAYS", 180)

# Sessions (editors only) live in the database, which every web replica shares.
SESSION_ENGINE = "django.contrib.sessions.backends.db"

# Wagtail.
WAGTAIL_SITE_NAME = "Veilige publieke dienstverlening"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILIMAGES_IMAGE_MODEL = "assets.CustomImage"
WAGTAILDOCS_DOCUMENT_MODEL = "assets.CustomDocument"
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "ods", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
# Upload limits, enforced by Wagtail's upload forms. SVG is left out of the image types on purpose:
# an SVG can carry script.
WAGTAILDOCS_MAX_UPLOAD_SIZE = env_int("DOCUMENT_MAX_UPLOAD_MB", 20) * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = env_int("IMAGE_MAX_UPLOAD_MB", 10) * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = env_int("IMAGE_MAX_MEGAPIXELS", 128) * 1_000_000
# No autosave: on a new, still empty page every autosave failed validation (400, "Automatisch
# opslaan gepauzeerd"), and its drafts made "Vergelijk met vorige versie" compare two nearly equal
# versions. Editors save with "Concept opslaan" (issue 25).
WAGTAIL_AUTOSAVE_INTERVAL = 0
# Only PDFs open in the browser; every other document downloads. Wagtail adds
# "Content-Security-Policy: default-src 'none'" and nosniff to every document it serves.
WAGTAILDOCS_INLINE_CONTENT_TYPES = ["application/pdf"]
WAGTAILDOCS_BLOCK_EMBEDDED_CONTENT = True
# Checks that an upload's content matches its extension (a web page named .pdf is refused).
WAGTAILDOCS_DOCUMENT_FORM_BASE = "assets.document_form.CheckedDocumentForm"
# Documents are served by Django itself so that the site never redirects to another host.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
# Municipal editors upload documents for their practice examples into this collection. Those files
# are reviewed with the example: visitors can download them and find them in search only once a
# published page uses them (assets/documents.py). They are never listed in the document library at
# /documenten/, which holds BZK's own documents.
UNREVIEWED_DOCUMENT_COLLECTIONS = ["Ingezonden door gemeenten"]
DOCUMENT_LIBRARY_EXCLUDED_COLLECTIONS = UNREVIEWED_DOCUMENT_COLLECTIONS
# The owner of a document when its editor names none and no municipality uploaded it (Woo metadata).
DOCUMENT_DEFAULT_OWNER = "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties"
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp", "avif"]
WAGTAIL_ENABLE_UPDATE_CHECK = False
# The admin requests nothing from other hosts: no avatars from gravatar.com (they would hand the
# editors' e-mail hashes to a third party) and no banner about Wagtail's English guide.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_WHATS_NEW_BANNER = False
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "wagtail.search.backends.database",
        # Used on PostgreSQL: Dutch stemming that also ignores accents (crème finds creme).
        # 'dutch_unaccent' is created by the search app's first migration; see there.
        "SEARCH_CONFIG": "dutch_unaccent",
    }
}

# The proxy or CDN in front of the site is purged after every change (pagecache/proxy_purge.py):
# Varnish by FRONTEND_CACHE_VARNISH_URL (its address as the web tier reaches it), Cloudflare by
# FRONTEND_CACHE_CLOUDFLARE_ZONEID with a BEARER_TOKEN (or EMAIL and API_KEY), CloudFront by
# FRONTEND_CACHE_CLOUDFRONT_DISTRIBUTION_ID (keys from the usual AWS variables). Any combination.
WAGTAILFRONTENDCACHE = {}
if os.environ.get("FRONTEND_CACHE_VARNISH_URL"):
    WAGTAILFRONTENDCACHE["varnish"] = {
        "BACKEND": "pagecache.proxy_purge.VarnishBanBackend",
        "LOCATION": os.environ["FRONTEND_CACHE_VARNISH_URL"],
    }
if os.environ.get("FRONTEND_CACHE_CLOUDFLARE_ZONEID"):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "pagecache.proxy_purge.CloudflareSiteBackend",
        "ZONEID": os.environ["FRONTEND_CACHE_CLOUDFLARE_ZONEID"],
        "BEARER_TOKEN": os.environ.get("FRONTEND_CACHE_CLOUDFLARE_BEARER_TOKEN"),
        "EMAIL": os.environ.get("FRONTEND_CACHE_CLOUDFLARE_EMAIL"),
        "API_KEY": os.environ.get("FRONTEND_CACHE_CLOUDFLARE_API_KEY"),
    }
if os.environ.get("FRONTEND_CACHE_CLOUDFRONT_DISTRIBUTION_ID"):
    WAGTAILFRONTENDCACHE["cloudfront"] = {
        "BACKEND": "pagecache.proxy_purge.CloudfrontSiteBackend",
        "DISTRIBUTION_ID": os.environ["FRONTEND_CACHE_CLOUDFRONT_DISTRIBUTION_ID"],
    }
# Sender of workflow notifications (submitted, approved, changes requested) and password resets.
DEFAULT_FROM_EMAIL = os.environ.get(
    "DEFAULT_FROM_EMAIL", "noreply@veiligepubliekedienstverlening.nl"
)
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = DEFAULT_FROM_EMAIL
WAGTAILADMIN_NOTIFICATION_USE_HTML = True
WAGTAIL_PASSWORD_RESET_ENABLED = True

# The public address of the site; used for canonical URLs and the legacy-host redirects.
CANONICAL_BASE_URL = os.environ.get("CANONICAL_BASE_URL", "http://127.0.0.1:8000").rstrip("/")
LEGACY_HOSTS = env_list("LEGACY_HOSTS", "agressievrijwerk.nl,www.agressievrijwerk.nl")

# Sessions and CSRF cookies exist only for editors who log in. The admin reads its CSRF token from
# the page, never from the cookie, so both cookies are HttpOnly. A session ends after
# ADMIN_SESSION_IDLE_HOURS without a request (every request moves the end), and on a password
# change (Django checks the password hash stored in the session).
# A refused CSRF check gets our Dutch page, not Django's English one (core/errors.py).
CSRF_FAILURE_VIEW = "core.errors.csrf_failure"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = True
CSRF_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_AGE = env_int("ADMIN_SESSION_IDLE_HOURS", 8) * 3600
SESSION_SAVE_EVERY_REQUEST = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "SAMEORIGIN"

# Where to report a vulnerability (security.txt) when the site settings name no address; no
# default, so that no made-up address is ever published (manage.py launch_check reports it).
SECURITY_CONTACT = os.environ.get("SECURITY_CONTACT", "")

# Editor accounts (accounts/). Two-factor login is required of everyone who can reach the admin;
# only the local demo (settings/dev.py) and the test settings switch it off by default.
ADMIN_REQUIRE_2FA = env_bool("ADMIN_REQUIRE_2FA", True)
WAGTAILADMIN_USER_LOGIN_FORM = "accounts.forms.LoginForm"  # Dutch label for the password
OTP_TOTP_ISSUER = WAGTAIL_SITE_NAME
# Passkeys (accounts/passkeys.py): a second step only, never a login without the password.
OTP_WEBAUTHN_HELPER_CLASS = "accounts.passkeys.PasskeyHelper"
OTP_WEBAUTHN_ALLOW_PASSWORDLESS_LOGIN = False
OTP_WEBAUTHN_RP_ID_CALLABLE = "accounts.passkeys.relying_party_id"
OTP_WEBAUTHN_RP_NAME = WAGTAIL_SITE_NAME
# PasskeyHelper takes the allowed origin from the host of the request (validated by
# ALLOWED_HOSTS) instead of a fixed OTP_WEBAUTHN_ALLOWED_ORIGINS list, hence this check is off.
SILENCED_SYSTEM_CHECKS = ["otp_webauthn.E030"]
# Addresses of the TLS proxies whose X-Forwarded-For is believed (keep in step with gunicorn's
# FORWARDED_ALLOW_IPS). Everyone else's address is the connection's own.
TRUSTED_PROXIES = env_list("TRUSTED_PROXIES", "127.0.0.1/32,::1/128")
# When set (CIDR list), /admin/ answers 404 to every other address.
ADMIN_ALLOWED_NETWORKS = env_list("ADMIN_ALLOWED_NETWORKS")
# Requests for a password-reset mail per client address in the window; then 429.
PASSWORD_RESET_LIMIT = env_int("PASSWORD_RESET_LIMIT", 5)
PASSWORD_RESET_WINDOW = timedelta(minutes=env_int("PASSWORD_RESET_WINDOW_MINUTES", 15))

# django-axes: 5 failed logins for one username from one address lock that pair for the cool-off,
# even with the right password. The lockout page does not say whether the account exists.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env_int("LOGIN_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("LOGIN_COOLOFF_MINUTES", 15))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "accounts.client_address.client_address"
AXES_LOCKOUT_CALLABLE = "accounts.views.lockouts.lockout_response"
# Our own trail (accounts/trail.py) records the failures and lockouts, in one structured format.
AXES_VERBOSE = False

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"json": {"()": "operations.json_logging.JsonFormatter"}},
    "handlers": {
        "console": {"class": "logging.StreamHandler"},
        "security": {"class": "logging.StreamHandler", "formatter": "json"},
    },
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
    "loggers": {
        # Wagtail runs its search-index and reference-index updates as tasks; one line each is noise.
        "django_tasks": {"level": "WARNING"},
        "wagtail": {"level": "WARNING"},
        # Logins, failures, lockouts and two-factor events: one JSON line each, always kept.
        "veiligpubliek.security": {"handlers": ["security"], "level": "INFO", "propagate": False},
    },
}

# Passwords of the demo accounts, generated once by `load_demo_content` and never committed.
DEMO_LOGINS_FILE = VAR_DIR / "demo-logins.json"
