"""When the database is down: a 503 with the branded static page, rendered without the database.

Django reconnects on the next request by itself (it drops broken connections between requests),
so the site recovers as soon as the database is back.
"""

from django.db import DatabaseError, InterfaceError, OperationalError
from django.http import HttpResponse
from django.template import loader

from .http import PRIVATE_CACHE_CONTROL

RETRY_AFTER_SECONDS = 30


def is_database_outage(exception):
    # OperationalError: no connection (refused, timed out, server gone). InterfaceError: a
    # connection that broke. A DatabaseError caused by either counts too.
    while exception is not None:
        if isinstance(exception, OperationalError | InterfaceError):
            return True
        if not isinstance(exception, DatabaseError):
            return False
        exception = exception.__cause__
    return False


def outage_response():
    response = HttpResponse(loader.get_template("503.html").render(), status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = PRIVATE_CACHE_CONTROL
    response.database_unavailable = True
    return response
