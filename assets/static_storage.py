"""Static files: WhiteNoise's compressed, hashed copies, with the JavaScript modules' imports
rewritten to the hashed names too (Django leaves them alone unless asked), so that every module
can be cached for a year and a new release is never mixed with an old module."""

from whitenoise.storage import CompressedManifestStaticFilesStorage


class StaticFilesStorage(CompressedManifestStaticFilesStorage):
    support_js_module_import_aggregation = True
