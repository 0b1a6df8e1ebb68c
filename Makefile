# The two commands of README.md: `make run` and `make test`. `make help` lists the others.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
HOST ?= 127.0.0.1
PORT ?= 8000
# `make test` fails below this share of the app code covered by the whole suite (see pyproject.toml
# for what counts as app code). Measured at 95.6% without browser tests on SQLite.
COVERAGE_FLOOR := 95
TEMPLATES = $(shell find . -path ./$(VENV) -prune -o -path '*/templates/*' -name '*.html' -print | sort)

.DEFAULT_GOAL := help
.PHONY: help run test check lint format migrate demo hooks clean constraints

help: ## list the commands
	@awk 'BEGIN {FS = ":.*## "} /^[a-z]+:.*## / {printf "  make %-12s %s\n", $$1, $$2}' $(MAKEFILE_LIST)

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Re-install only when the dependencies change, so a second `make run` starts fast.
$(VENV)/.installed: pyproject.toml constraints.txt | $(BIN)/python
	$(BIN)/pip install --quiet -c constraints.txt -e .
	@touch $@

$(VENV)/.installed-test: pyproject.toml constraints.txt $(VENV)/.installed
	$(BIN)/pip install --quiet -c constraints.txt -e ".[test]"
	@touch $@

# Our Dutch corrections of Wagtail's admin (locale/); pure Python (polib), no gettext needed.
locale/nl/LC_MESSAGES/django.mo: locale/nl/LC_MESSAGES/django.po $(VENV)/.installed
	$(MANAGE) compile_translations

migrate: $(VENV)/.installed locale/nl/LC_MESSAGES/django.mo ## apply the database migrations
	$(MANAGE) migrate --noinput

demo: migrate ## migrate and load the demo content without serving
	$(MANAGE) load_demo_content

run: demo ## install, migrate, load the demo content and serve the site on http://127.0.0.1:8000
	@echo "Veilig Publiek draait op http://$(HOST):$(PORT)/ (beheer: http://$(HOST):$(PORT)/admin/)"
	$(MANAGE) runserver $(HOST):$(PORT)

# PostgreSQL and Chromium are used when this machine has them (see bin/test), on every core
# (pytest-xdist). A part of the suite (PYTEST_ARGS="tests/home -x") runs without the coverage floor.
test: $(VENV)/.installed-test locale/nl/LC_MESSAGES/django.mo ## the whole suite with the coverage floor; PYTEST_ARGS="tests/home -x" for a part
	COVERAGE_FLOOR=$(COVERAGE_FLOOR) bin/test $(PYTEST_ARGS)

check: $(VENV)/.installed-test locale/nl/LC_MESSAGES/django.mo ## the suite without the browser tests, quick feedback
	bin/test --check

# The same commands run as pre-commit hooks (.pre-commit-config.yaml).
lint: $(VENV)/.installed-test ## ruff, djhtml (templates), biome (CSS, JS), import layers, Django checks
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	@echo "$(BIN)/djhtml --check <the $(words $(TEMPLATES)) templates>"
	@$(BIN)/djhtml --check $(TEMPLATES)
	$(BIN)/biome lint --error-on-warnings static/
	$(BIN)/lint-imports --no-logo
	$(BIN)/python .ci/lint/check_publiccode.py
	$(MANAGE) check
	$(MANAGE) makemigrations --check --dry-run

format: $(VENV)/.installed-test ## fix what ruff, djhtml and biome can fix by themselves
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .
	@echo "$(BIN)/djhtml <the $(words $(TEMPLATES)) templates>"
	@$(BIN)/djhtml $(TEMPLATES)
	$(BIN)/biome lint --write static/

hooks: $(VENV)/.installed-test ## run the linters before every git commit (pre-commit)
	$(BIN)/pre-commit install

clean: ## remove the virtualenv, the local database and collected files
	rm -rf $(VENV) var staticfiles .pytest_cache .ruff_cache .import_linter_cache .coverage

# Re-pin every installed package after changing dependencies in pyproject.toml.
constraints: $(VENV)/.installed-test ## re-pin all installed versions in constraints.txt
	$(BIN)/pip freeze --exclude-editable | grep -v '^veiligpubliek' > constraints.txt
