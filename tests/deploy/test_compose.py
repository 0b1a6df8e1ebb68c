"""docker-compose.yml is consistent: every name it uses points at something that exists.

Docker does not run in CI, so the file is read as data: services, the addresses in the environment,
the mounted Varnish files, volumes and start order.
"""

import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
WEB_REPLICAS = ("web1", "web2")


@pytest.fixture(scope="module")
def compose():
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text())


@pytest.fixture(scope="module")
def services(compose):
    return compose["services"]


def test_every_tier_is_there(services):
    assert {"db", "redis", "s3", "web1", "web2", "varnish", "scheduler"} <= set(services)


def test_the_web_replicas_and_the_scheduler_share_one_configuration(services):
    shared = {"DATABASE_URL", "DJANGO_SECRET_KEY", "REDIS_URL", "MEDIA_STORAGE"}
    environments = [services[name]["environment"] for name in (*WEB_REPLICAS, "scheduler")]
    for environment in environments:
        assert shared <= set(environment)
    for name in sorted(set(environments[0]) & set(environments[1]) - {"LOAD_DEMO_CONTENT"}):
        assert environments[0][name] == environments[1][name], name


def test_only_the_first_replica_migrates_and_loads_the_demo(services):
    assert "command" not in services["web1"]  # the entrypoint's everything-in-one
    assert "LOAD_DEMO_CONTENT" in services["web1"]["environment"]
    assert services["web1"]["environment"]["CREATE_MEDIA_BUCKET"] == "1"
    assert services["web2"]["command"] == ["serve"]
    for name in set(services) - {"web1"}:
        assert "LOAD_DEMO_CONTENT" not in services[name].get("environment", {}), name
    assert services["web2"]["depends_on"]["web1"]["condition"] == "service_healthy"


def test_settings_variables_are_the_ones_the_kubernetes_configmap_uses(services):
    configmap = yaml.safe_load((ROOT / "deploy/kubernetes/base/configmap.yaml").read_text())
    storage_and_purge = {
        name for name in configmap["data"] if name.startswith(("AWS_", "MEDIA_", "FRONTEND_CACHE_"))
    }
    assert storage_and_purge
    assert storage_and_purge <= set(services["web1"]["environment"])
    settings_source = (ROOT / "veiligpubliek/settings/base.py").read_text()
    for name in storage_and_purge | {"REDIS_URL", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"}:
        assert f'"{name}"' in settings_source, f"the settings do not read {name}"


def published_port(service, default):
    command = " ".join(service.get("entrypoint", []) + service.get("command", []))
    found = re.search(r"-s3\.port=(\d+)", command)
    return int(found.group(1)) if found else default


@pytest.mark.parametrize(
    ("variable", "service", "port"),
    [
        ("REDIS_URL", "redis", 6379),
        ("AWS_S3_ENDPOINT_URL", "s3", None),
        ("FRONTEND_CACHE_VARNISH_URL", "varnish", 80),
        ("DATABASE_URL", "db", 5432),
    ],
)
def test_addresses_in_the_environment_name_a_service_and_its_port(
    services, variable, service, port
):
    address = urlsplit(services["web1"]["environment"][variable])
    assert address.hostname == service
    assert service in services
    expected = port if port is not None else published_port(services[service], 8333)
    assert address.port == expected


def test_the_object_store_runs_s3_with_keys_the_site_has(services):
    store = services["s3"]
    command = " ".join(store["entrypoint"])
    assert "weed server" in command and "-s3 " in command and "-s3.config=" in command
    assert "-filer.disableHttp" in command  # the filer would serve the files without keys
    assert '"$$S3_ACCESS_KEY" "$$S3_SECRET_KEY"' in command
    web = services["web1"]["environment"]
    assert web["AWS_ACCESS_KEY_ID"] == store["environment"]["S3_ACCESS_KEY"]
    assert web["AWS_SECRET_ACCESS_KEY"] == store["environment"]["S3_SECRET_KEY"]


def test_varnish_mounts_the_shipped_configuration_with_the_compose_backends(services):
    mounts = {}
    for volume in services["varnish"]["volumes"]:
        source, target, *_ = volume.split(":")
        mounts[target] = source
    assert mounts == {
        "/etc/varnish/default.vcl": "./deploy/varnish/default.vcl",
        "/etc/varnish/backends.vcl": "./deploy/varnish/backends-compose.vcl",
        "/etc/varnish/503.html": "./deploy/varnish/503.html",
    }
    for source in mounts.values():
        assert (ROOT / source).is_file(), source
    assert 'include "backends.vcl";' in (ROOT / "deploy/varnish/default.vcl").read_text()
    backends = (ROOT / "deploy/varnish/backends-compose.vcl").read_text()
    declared = re.findall(r'backend (\w+) \{ \.host = "([\w.-]+)"; \.port = "(\d+)"', backends)
    assert sorted(host for _, host, _ in declared) == sorted(WEB_REPLICAS)
    for _, host, port in declared:
        assert port == "8000"
        assert services[host]["healthcheck"]["test"][-1].count(":8000/readyz") == 1
    assert set(services["varnish"]["depends_on"]) == set(WEB_REPLICAS)


def test_only_varnish_is_published(services):
    published = {name for name, service in services.items() if service.get("ports")}
    assert published == {"varnish"}


def test_one_scheduler_publishes_every_minute(services):
    scheduler = services["scheduler"]
    assert "publish-scheduled" in " ".join(scheduler["entrypoint"])
    assert scheduler.get("deploy", {}).get("replicas", 1) == 1
    for name in WEB_REPLICAS:
        assert "publish" not in " ".join(services[name].get("command", []))


def test_volumes_and_dependencies_exist(compose, services):
    declared = set(compose.get("volumes", {}))
    for name, service in services.items():
        for volume in service.get("volumes", []):
            source = volume.split(":")[0]
            if not source.startswith("."):
                assert source in declared, f"{name} uses undeclared volume {source}"
        for dependency in service.get("depends_on", {}):
            assert dependency in services, f"{name} waits for unknown {dependency}"


def test_a_nightly_backup_keeps_two_weeks_on_its_own_volume(compose, services):
    backup = services["backup"]
    loop = " ".join(backup["entrypoint"])
    assert "tomorrow 02:30" in loop and "docker/entrypoint.sh backup" in loop
    assert backup["environment"]["BACKUP_ROOT"] == "/backups"
    assert backup["environment"]["BACKUP_KEEP_DAYS"] == "${BACKUP_KEEP_DAYS:-14}"
    assert "backups:/backups" in backup["volumes"] and "backups" in compose["volumes"]
