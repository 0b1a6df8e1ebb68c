"""Open a generated ODT or DOCX in LibreOffice (headless) and read back the PDF it prints.

Where /usr/bin/soffice is installed (Debian's libreoffice-writer-nogui). Without it these tests
skip, except under REQUIRE_OFFICE=1 (as in CI, which installs it): then they fail. Each call has
its own profile directory, so parallel runs and a user's own LibreOffice do not meet.
"""

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

SOFFICE = Path("/usr/bin/soffice")
needs_soffice = pytest.mark.skipif(
    not SOFFICE.exists() and os.environ.get("REQUIRE_OFFICE") != "1",
    reason="LibreOffice is not installed (apt-get install libreoffice-writer-nogui)",
)


def converted_to_pdf(content, filename, workdir):
    """The PdfReader of the PDF LibreOffice makes of the file; fails when LibreOffice cannot."""
    workdir = Path(workdir)
    source = workdir / filename
    source.write_bytes(content)
    profile = workdir / "lo-profile"
    result = subprocess.run(  # noqa: S603 - a fixed program with our own file
        [
            str(SOFFICE),
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf",
            "--outdir",
            str(workdir / "out"),
            str(source),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    output = workdir / "out" / (source.stem + ".pdf")
    assert result.returncode == 0, result.stderr
    assert output.exists(), (
        f"LibreOffice made no PDF of {filename}: {result.stdout} {result.stderr}"
    )
    shutil.rmtree(profile, ignore_errors=True)
    return PdfReader(output)
