"""The shipped Varnish configuration compiles with each deployment's backends."""

import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

VARNISHD = shutil.which("varnishd")
VARNISH = Path(__file__).resolve().parents[2] / "deploy" / "varnish"


@pytest.mark.skipif(VARNISHD is None, reason="varnishd not found (apt-get install varnish)")
@pytest.mark.parametrize("backends", sorted(path.name for path in VARNISH.glob("backends-*.vcl")))
def test_vcl_compiles(backends):
    # varnishd reads the files as its own unprivileged user: a world-readable folder.
    with tempfile.TemporaryDirectory() as folder:
        workdir = Path(folder)
        workdir.chmod(0o755)
        compile_vcl(workdir, backends)


def compile_vcl(tmp_path, backends):
    shutil.copy(VARNISH / "default.vcl", tmp_path / "default.vcl")
    source = (VARNISH / backends).read_text()
    # Compiling resolves backend host names; compose and Kubernetes names do not exist here.
    for host in ("web1", "web2", "web"):
        source = source.replace(f'"{host}"', '"127.0.0.1"')
    (tmp_path / "backends.vcl").write_text(source)
    result = subprocess.run(
        [
            VARNISHD,
            "-C",
            "-f",
            str(tmp_path / "default.vcl"),
            "-p",
            f"vcl_path={tmp_path}",
            "-n",
            str(tmp_path / "n"),
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr[-2000:]


def test_no_varnish_log_writes_addresses_with_their_query_string():
    """The self-assessment's answers are in its query strings: Varnish logs no address."""
    root = VARNISH.parents[1]
    deployments = [root / "docker-compose.yml", *sorted((root / "deploy").rglob("*.yaml"))]
    for path in deployments:
        assert "varnishncsa" not in path.read_text(), path
    for path in VARNISH.glob("*.vcl"):
        code = "\n".join(
            line.split("#", 1)[0] for line in path.read_text().splitlines()
        )  # the comments may name them
        assert "std.log" not in code and "std.syslog" not in code, path
