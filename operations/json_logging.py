"""A log formatter that writes one JSON object per line, for the log collector.

Loaded by LOGGING before the apps, so it imports nothing from Django. Fields a caller passes as
extra={"fields": {...}} become keys of the object.
"""

import json
import logging
from datetime import UTC, datetime


class JsonFormatter(logging.Formatter):
    def format(self, record):
        payload = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(),
            "level": record.levelname,
            "logger": record.name,
        }
        payload.update(getattr(record, "fields", None) or {"message": record.getMessage()})
        return json.dumps(payload, ensure_ascii=False)
