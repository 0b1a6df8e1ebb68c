"""Open a generated ODT or DOCX in LibreOffice (headless) and read back the PDF it prints.

Only where /usr/bin/soffice is installed (CI installs Debian's libreoffice-writer-nogui); each
call has its own profile directory, so parallel runs and a user's own LibreOffice do not meet.
"""

import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

SOFFICE = Path("/usr/bin/soffice")
needs_soffice = pytest.mark.skipif(not SOFFICE.exists(), reason="LibreOffice is not installed")


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
