"""Demo content of the legacy app: the redirects of the old agressievrijwerk.nl addresses."""

from legacy.importer import SHIPPED_CSV, import_file

# Last: the old addresses point at pages of every app.
LOAD_AFTER = ("protocol",)


def load(state, loader):
    report = loader.report
    # An editor's change to a redirect is kept: the loader only adds what is missing.
    result = import_file(SHIPPED_CSV, update_existing=False)
    for redirect in result.created:
        report.created(redirect)
    for problem in result.problems:
        if report.stdout:
            report.stdout.write(f"{SHIPPED_CSV.name}, regel {problem.line}: {problem.reason}.")
