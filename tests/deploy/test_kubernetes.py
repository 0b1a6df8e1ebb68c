"""The Kubernetes manifests render with Kustomize, validate against the Kubernetes schemas and
keep the promises of the README: replicas, probes, limits, non-root, read-only root filesystem."""

import shutil
import subprocess
from pathlib import Path
from urllib.parse import urlsplit

import kubernetes_validate
import pytest
import yaml

DEPLOY = Path(__file__).resolve().parents[2] / "deploy" / "kubernetes"
KUBERNETES_VERSION = "1.32.0"
KUSTOMIZATIONS = ["base", "overlays/production"]

KUBECTL = shutil.which("kubectl")
pytestmark = pytest.mark.skipif(
    KUBECTL is None, reason="kubectl (with its built-in Kustomize) not found"
)


def render(kustomization):
    result = subprocess.run(
        [KUBECTL, "kustomize", str(DEPLOY / kustomization)],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    return [doc for doc in yaml.safe_load_all(result.stdout) if doc]


def by_kind(resources, kind):
    return {
        resource["metadata"]["name"]: resource for resource in resources if resource["kind"] == kind
    }


def pod_specs(resources):
    for resource in resources:
        if resource["kind"] in {"Deployment", "Job"}:
            yield resource["metadata"]["name"], resource["spec"]["template"]["spec"]
        elif resource["kind"] == "CronJob":
            yield (
                resource["metadata"]["name"],
                resource["spec"]["jobTemplate"]["spec"]["template"]["spec"],
            )


@pytest.fixture(scope="module", params=KUSTOMIZATIONS)
def resources(request):
    return render(request.param)


def test_every_resource_is_valid_for_kubernetes(resources):
    for resource in resources:
        kubernetes_validate.validate(resource, KUBERNETES_VERSION, strict=True)


def test_web_runs_at_least_two_replicas_with_rolling_updates(resources):
    web = by_kind(resources, "Deployment")["web"]
    assert web["spec"]["replicas"] >= 2
    assert web["spec"]["strategy"]["rollingUpdate"]["maxUnavailable"] == 0
    hpa = by_kind(resources, "HorizontalPodAutoscaler")["web"]
    assert hpa["spec"]["minReplicas"] >= 2
    assert hpa["spec"]["scaleTargetRef"]["name"] == "web"
    assert by_kind(resources, "PodDisruptionBudget")["web"]["spec"]["minAvailable"] >= 1


def test_web_probes_use_the_health_endpoints(resources):
    container = by_kind(resources, "Deployment")["web"]["spec"]["template"]["spec"]["containers"][0]
    assert container["livenessProbe"]["httpGet"]["path"] == "/healthz"
    assert container["readinessProbe"]["httpGet"]["path"] == "/readyz"


def test_every_pod_is_locked_down(resources):
    specs = dict(pod_specs(resources))
    assert {"web", "varnish", "migrate", "publish-scheduled", "backup", "archive"} <= set(specs)
    for name, spec in specs.items():
        assert spec["securityContext"]["runAsNonRoot"] is True, name
        assert spec["automountServiceAccountToken"] is False, name
        for container in spec["containers"]:
            assert container["securityContext"]["readOnlyRootFilesystem"] is True, name
            assert container["securityContext"]["allowPrivilegeEscalation"] is False, name
            assert container["securityContext"]["capabilities"]["drop"] == ["ALL"], name
            assert {"cpu", "memory"} <= set(container["resources"]["requests"]), name
            assert {"cpu", "memory"} <= set(container["resources"]["limits"]), name


def test_application_pods_take_settings_from_the_configmap_and_the_secret(resources):
    for name, spec in pod_specs(resources):
        if name == "varnish":
            continue
        sources = spec["containers"][0]["envFrom"]
        assert {"configMapRef": {"name": "veiligpubliek-config"}} in sources, name
        assert {"secretRef": {"name": "veiligpubliek-secrets"}} in sources, name


def test_scheduled_publishing_never_overlaps(resources):
    cronjob = by_kind(resources, "CronJob")["publish-scheduled"]
    assert cronjob["spec"]["schedule"] == "* * * * *"
    assert cronjob["spec"]["concurrencyPolicy"] == "Forbid"


def test_a_nightly_backup_keeps_two_weeks_on_its_own_volume(resources):
    cronjob = by_kind(resources, "CronJob")["backup"]
    assert cronjob["spec"]["schedule"] == "30 2 * * *"
    assert cronjob["spec"]["concurrencyPolicy"] == "Forbid"
    spec = cronjob["spec"]["jobTemplate"]["spec"]["template"]["spec"]
    container = spec["containers"][0]
    assert container["args"] == ["backup"]
    env = {item["name"]: item["value"] for item in container["env"]}
    assert env == {"BACKUP_ROOT": "/backups", "BACKUP_KEEP_DAYS": "14"}
    mounts = {mount["name"]: mount["mountPath"] for mount in container["volumeMounts"]}
    claims = {
        volume["name"]: volume.get("persistentVolumeClaim", {}).get("claimName")
        for volume in spec["volumes"]
    }
    assert mounts["backups"] == "/backups"
    assert claims["backups"] in by_kind(resources, "PersistentVolumeClaim")
    egress = by_kind(resources, "NetworkPolicy")["app-to-services"]["spec"]["podSelector"]
    assert "veiligpubliek-backup" in egress["matchExpressions"][0]["values"]


def test_a_monthly_web_archive_harvests_through_varnish(resources):
    cronjob = by_kind(resources, "CronJob")["archive"]
    assert cronjob["spec"]["schedule"] == "0 4 1 * *"
    container = cronjob["spec"]["jobTemplate"]["spec"]["template"]["spec"]["containers"][0]
    assert container["args"] == ["archive"]
    env = {item["name"]: item["value"] for item in container["env"]}
    assert env["ARCHIVE_FETCH_FROM"] == "http://varnish"
    policies = by_kind(resources, "NetworkPolicy")
    into_varnish = policies["varnish-from-ingress"]["spec"]["ingress"][1]["from"][0]
    assert "veiligpubliek-archive" in into_varnish["podSelector"]["matchExpressions"][0]["values"]
    out = policies["app-to-services"]["spec"]["podSelector"]["matchExpressions"][0]["values"]
    assert "veiligpubliek-archive" in out


def test_ingress_terminates_tls_for_every_host(resources):
    ingress = by_kind(resources, "Ingress")["veiligpubliek"]
    hosts = {rule["host"] for rule in ingress["spec"]["rules"]}
    tls_hosts = {host for entry in ingress["spec"]["tls"] for host in entry["hosts"]}
    assert hosts == tls_hosts
    assert "www.veiligepubliekedienstverlening.nl" in hosts


def test_network_is_denied_unless_allowed(resources):
    policies = by_kind(resources, "NetworkPolicy")
    default_deny = policies["default-deny"]["spec"]
    assert default_deny["podSelector"] == {}
    assert set(default_deny["policyTypes"]) == {"Ingress", "Egress"}
    web_ingress = policies["web-from-varnish"]["spec"]["ingress"]
    assert [
        peer["podSelector"]["matchLabels"] for rule in web_ingress for peer in rule["from"]
    ] == [{"app.kubernetes.io/name": "veiligpubliek-varnish"}]


def test_production_overlay_sets_namespace_and_released_image():
    resources = render("overlays/production")
    namespaced = [r for r in resources if r["kind"] != "Namespace"]
    assert {r["metadata"].get("namespace") for r in namespaced} == {"veiligpubliek"}
    images = {
        container["image"]
        for name, spec in pod_specs(resources)
        if name != "varnish"
        for container in spec["containers"]
    }
    assert images == {"registry.example.nl/bzk/veiligpubliek:1.0.0"}


def test_purges_reach_every_varnish_pod(resources):
    """The ban after a change goes to a headless Service: its name resolves to each Varnish pod."""
    configmap = by_kind(resources, "ConfigMap")
    config = next(c for name, c in configmap.items() if name.startswith("veiligpubliek-config"))
    address = urlsplit(config["data"]["FRONTEND_CACHE_VARNISH_URL"])
    service = by_kind(resources, "Service")[address.hostname]
    assert service["spec"]["clusterIP"] == "None"
    varnish = by_kind(resources, "Deployment")["varnish"]["spec"]["template"]
    assert service["spec"]["selector"].items() <= varnish["metadata"]["labels"].items()
    ports = {
        port["name"]: port["containerPort"]
        for container in varnish["spec"]["containers"]
        for port in container.get("ports", [])
    }
    # Headless: the pods are reached on their own port, with no Service port in between.
    assert address.port == ports[service["spec"]["ports"][0]["targetPort"]]
