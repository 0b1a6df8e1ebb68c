"""The documentation (README.md and docs/**/*.md) stays intact and true to the repository.

Plain text checks, no database: tables are not split by a blank line and repeat no row, no
heading is repeated in a file, every backticked repository path exists, every relative link
reaches its file (and heading), every `make` command in code is one that `make help` lists, and
the README starts with the two commands of a fresh machine. Each check is a function that returns
what is wrong, so that the self-tests at the end can show it fails on a broken snippet.
"""

import re
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]

# Extensions that make a backticked word a file path even without a "/".
PATH_EXTENSIONS = (
    ".py", ".md", ".html", ".css", ".js", ".csv", ".toml", ".yml", ".yaml", ".sh", ".txt",
    ".json", ".vcl", ".po", ".lua", ".cfg", ".ini",
)  # fmt: skip
# Gitignored folders that only exist after running something (`make run`, collectstatic, the
# install); the docs name files in them, a fresh checkout does not have them.
GENERATED = ("var/", "staticfiles/", ".venv/")

FENCE = re.compile(r"^\s*(```|~~~)")
HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
SEPARATOR_CELL = re.compile(r"^:?-+:?$")
CODE_SPAN = re.compile(r"(?<!`)(`+)(?!`)(.+?)(?<!`)\1(?!`)", re.DOTALL)
LINK = re.compile(r"(?<!!)\[[^\]]*\]\(([^)\s]+)\)")
MAKE_COMMAND = re.compile(r"(?:^|[\s;&|(])make[ \t]+([a-z][a-z-]*)")
MAKE_HELP_TARGET = re.compile(r"^([a-z-]+):.*## ", re.MULTILINE)  # what `make help` prints
PATH_CHARACTERS = re.compile(r"^[\w.\-/]+$")
LINE_SUFFIX = re.compile(r":\d+(-\d+)?$")


def doc_id(path):
    return str(path.relative_to(ROOT))


def split_code(text):
    """[(line number, line, in a fenced code block)], fence lines counted as code."""
    lines = []
    in_fence = False
    for number, line in enumerate(text.splitlines(), start=1):
        if FENCE.match(line):
            lines.append((number, line, True))
            in_fence = not in_fence
        else:
            lines.append((number, line, in_fence))
    return lines


def prose(text):
    """The text outside fenced code blocks (fenced lines blanked, so line numbers stay)."""
    return "\n".join("" if code else line for _, line, code in split_code(text))


def fenced_code(text):
    return "\n".join(line for _, line, code in split_code(text) if code)


def is_table_line(line):
    return line.lstrip().startswith("|")


def table_splits(text):
    """Line numbers of blank lines that sit between two table lines."""
    problems = []
    last_table_line = None
    blanks = []
    for number, line, code in split_code(text):
        if code:
            last_table_line, blanks = None, []
        elif is_table_line(line):
            if last_table_line is not None and blanks:
                problems.extend(blanks)
            last_table_line, blanks = number, []
        elif not line.strip():
            if last_table_line is not None:
                blanks.append(number)
        else:
            last_table_line, blanks = None, []
    return problems


def is_separator_row(line):
    cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
    return all(SEPARATOR_CELL.match(cell) for cell in cells)


def repeated_table_rows(text):
    """Rows that appear twice in one file. Separator rows and header rows (the row above a
    separator) are left out: tables of the same kind in one file share their header."""
    lines = [(line, code) for _, line, code in split_code(text)]
    rows = Counter()
    for index, (line, code) in enumerate(lines):
        if code or not is_table_line(line) or is_separator_row(line):
            continue
        following = lines[index + 1] if index + 1 < len(lines) else ("", True)
        if not following[1] and is_table_line(following[0]) and is_separator_row(following[0]):
            continue
        rows[" ".join(line.split())] += 1
    return sorted(row for row, count in rows.items() if count > 1)


def headings(text):
    return [
        match.group(2)
        for _, line, code in split_code(text)
        if not code and (match := HEADING.match(line))
    ]


def repeated_headings(text):
    counts = Counter(heading.casefold() for heading in headings(text))
    return sorted(heading for heading, count in counts.items() if count > 1)


def code_spans(text):
    """The inline code spans outside fenced blocks, with line breaks inside them as spaces."""
    return [" ".join(match.group(2).split()) for match in CODE_SPAN.finditer(prose(text))]


def repository_path(span):
    """The repository path a code span names, or None when it is not one.

    Skipped: anything with a space (commands, headers), the site's own URLs (`/zoeken/`), other
    URLs (`http…`, `redis://…`), patterns and placeholders (`<app>/content/`, `bench/*`,
    `{% tag %}`), and anything with other characters than a path has (`127.0.0.1/32,::1/128`).
    A path needs a "/" or a known file extension, and a letter (`10/24` is not a path).
    """
    span = span.strip()
    if not span or " " in span or span.startswith(("/", "http")) or "://" in span:
        return None
    if any(character in span for character in "<*{"):
        return None
    span = LINE_SUFFIX.sub("", span)
    if not PATH_CHARACTERS.match(span) or not re.search(r"[A-Za-z]", span):
        return None
    if "/" not in span and not span.endswith(PATH_EXTENSIONS):
        return None
    return span.rstrip("/")


def missing_paths(text, root=ROOT):
    missing = []
    for span in code_spans(text):
        path = repository_path(span)
        if path is None or (path + "/").startswith(GENERATED):
            continue
        if not (root / path).exists():
            missing.append(path)
    return sorted(set(missing))


def github_anchor(heading):
    """The id GitHub gives a heading: lower case, punctuation dropped, spaces to hyphens."""
    text = re.sub(r"[`*_]", "", heading).strip().lower()
    text = re.sub(r"[^\w\- ]", "", text)
    return text.replace(" ", "-")


def broken_links(text, base):
    """Relative links (file, or file#heading) that do not reach a file or heading."""
    broken = []
    for target in LINK.findall(prose(text)):
        if target.startswith(("http://", "https://", "mailto:")):
            continue
        path_part, _, anchor = target.partition("#")
        file = (base / path_part).resolve() if path_part else None
        if file is not None and not file.exists():
            broken.append(target)
            continue
        if anchor:
            if file is not None and file.is_dir():
                broken.append(target)
                continue
            anchor_text = file.read_text(encoding="utf-8") if file else text
            if anchor not in {github_anchor(heading) for heading in headings(anchor_text)}:
                broken.append(target)
    return sorted(set(broken))


def make_help_targets(makefile_text):
    return set(MAKE_HELP_TARGET.findall(makefile_text))


def make_commands(text):
    """The `make <target>` commands in code (inline spans and fenced blocks); prose such as
    "make sure" is not a command."""
    pieces = [*code_spans(text), *fenced_code(text).splitlines()]
    return {target for piece in pieces for target in MAKE_COMMAND.findall(piece)}


def unknown_make_commands(text, targets):
    return sorted(make_commands(text) - targets)


def opening_code_block(text, within=30):
    """The first fenced code block, if it opens within the first `within` lines."""
    lines = text.splitlines()
    for index, line in enumerate(lines[:within]):
        if FENCE.match(line):
            block = []
            for inner in lines[index + 1 :]:
                if FENCE.match(inner):
                    return "\n".join(block)
                block.append(inner)
            return None
    return None


@pytest.fixture(scope="module")
def makefile_targets():
    return make_help_targets((ROOT / "Makefile").read_text(encoding="utf-8"))


def read(doc):
    return doc.read_text(encoding="utf-8")


def test_docs_are_found():
    assert ROOT / "README.md" in DOCS
    assert len(DOCS) > 1, "docs/ has no pages"


@pytest.mark.parametrize("doc", DOCS, ids=doc_id)
def test_no_blank_line_splits_a_table(doc):
    assert table_splits(read(doc)) == [], "blank line inside a table (line numbers)"


@pytest.mark.parametrize("doc", DOCS, ids=doc_id)
def test_no_table_row_is_repeated(doc):
    assert repeated_table_rows(read(doc)) == []


@pytest.mark.parametrize("doc", DOCS, ids=doc_id)
def test_no_heading_is_repeated(doc):
    assert repeated_headings(read(doc)) == []


@pytest.mark.parametrize("doc", DOCS, ids=doc_id)
def test_backticked_paths_exist(doc):
    assert missing_paths(read(doc)) == [], "paths that do not exist in the repository"


@pytest.mark.parametrize("doc", DOCS, ids=doc_id)
def test_relative_links_reach_their_file_and_heading(doc):
    assert broken_links(read(doc), doc.parent) == []


@pytest.mark.parametrize("doc", DOCS, ids=doc_id)
def test_make_commands_are_listed_by_make_help(doc, makefile_targets):
    assert unknown_make_commands(read(doc), makefile_targets) == []


def test_readme_starts_with_make_run_and_make_test():
    block = opening_code_block(read(ROOT / "README.md"))
    assert block is not None, "README.md has no code block in its first 30 lines"
    assert "make run" in block
    assert "make test" in block


# The checkers themselves: each must find what is wrong in a broken snippet.


def test_checker_finds_a_split_table():
    text = "| a | b |\n|---|---|\n| 1 | 2 |\n\n| 3 | 4 |\n"
    assert table_splits(text) == [4]
    assert table_splits("| a |\n|---|\n| 1 |\n\nText.\n\n| b |\n|---|\n") == []
    assert table_splits("```\n| a |\n\n| b |\n```\n") == []


def test_checker_finds_a_repeated_row_but_not_separators():
    text = "| a | b |\n|---|---|\n| 1 | 2 |\n|  1 |  2 |\n\n| c |\n| --- |\n"
    assert repeated_table_rows(text) == ["| 1 | 2 |"]
    two_tables = "| a |\n|---|\n| 1 |\n\nText\n\n| a |\n| :--- |\n| 2 |\n"
    assert repeated_table_rows(two_tables) == []
    assert repeated_table_rows(two_tables.replace("| 2 |", "| 1 |")) == ["| 1 |"]


def test_checker_finds_a_repeated_heading_outside_code():
    assert repeated_headings("# A\n\n## B\n\n### b\n") == ["b"]
    assert repeated_headings("# A\n\n```sh\n# comment\n# comment\n```\n") == []


def test_checker_finds_a_missing_path(tmp_path):
    (tmp_path / "core").mkdir()
    (tmp_path / "core" / "seo.py").write_text("")
    text = (
        "See `core/seo.py:12`, `core/`, `core/gone.py`, `gone.md`, `/zoeken/`, `<app>/content/`,\n"
        "`make run`, `redis://redis:6379/0`, `127.0.0.1/32,::1/128`, `var/demo-logins.json`,\n"
        "`veiligpubliek.settings.test` and `manage.py import_legacy_redirects\n[file.csv]`.\n"
    )
    assert missing_paths(text, root=tmp_path) == ["core/gone.py", "gone.md"]


def test_checker_finds_a_broken_link(tmp_path):
    (tmp_path / "other.md").write_text("# Other page\n\n## The part\n")
    text = (
        "# Here\n\n[ok](other.md) [ok](other.md#the-part) [ok](#here) [web](https://example.org)\n"
        "[bad](missing.md) [bad](other.md#no-such-part) [bad](#nowhere)\n"
    )
    assert broken_links(text, tmp_path) == ["#nowhere", "missing.md", "other.md#no-such-part"]


def test_checker_finds_an_unknown_make_command():
    makefile = "help: ## list\n\t@awk\nrun: demo ## serve\n$(BIN)/python:\nsecret:\n"
    targets = make_help_targets(makefile)
    assert targets == {"help", "run"}
    text = (
        "Make sure to `make run`, then `make secret`; every `make`\n`command`.\n\n"
        "```sh\nX=1 make deploy\n```\n"
    )
    assert unknown_make_commands(text, targets) == ["deploy", "secret"]


def test_checker_wants_the_two_commands_at_the_top():
    assert opening_code_block("# T\n\n```sh\nmake run\nmake test\n```\n") == "make run\nmake test"
    assert opening_code_block("# T\n" + "text\n" * 40 + "```\nmake run\n```\n") is None
