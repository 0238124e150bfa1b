"""Loads Probity's OSCAL exports into compliance-trestle, the OSCAL toolkit (issue 6).

check_oscal_exports_import_and_validate_in_trestle: exports the 2012 checklist as an OSCAL
catalog and the hostile fixture as OSCAL assessment-results, creates a trestle workspace
(`trestle init`), imports both (`trestle import`, which parses them with trestle's models
of the NIST OSCAL schemas) and runs `trestle validate -a` (schema, duplicate UUIDs, role
references): every step exits 0. Then checks what trestle does not: every finding targets a
statement of a control in the catalog, every related observation and `#uuid` link resolves,
and the parties are the force and the assessor.

check_oscal_a_broken_copy_fails_in_trestle: copies of the exports with one schema rule
broken each (a malformed UUID, a property value over two lines, a finding without its
target) are refused by `trestle import`, and a broken file placed in the workspace makes
`trestle validate -a` fail, so the first check can fail.

Run: .build/client-venv/bin/python Tests/clients/run_all.py oscal_checks
"""
import copy
import json
import pathlib
import shutil
import subprocess
import sys

FIXTURE = pathlib.Path("Tests/ProbityReportsTests/Golden/csv/fixtures/hostile-assessment.json")


def _trestle():
    beside = pathlib.Path(sys.executable).parent / "trestle"
    found = str(beside) if beside.exists() else shutil.which("trestle")
    if not found:
        raise AssertionError("compliance-trestle is not installed; run scripts/install-test-tools")
    return found


def _run(command, cwd, expect=0):
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=300)
    if expect is not None and result.returncode != expect:
        raise AssertionError(f"{' '.join(map(str, command))} exited {result.returncode}, expected {expect}:\n{result.stdout}\n{result.stderr}")
    return result


def _exports(env):
    work = pathlib.Path(env["work"])
    catalog = work / "probity-catalog.json"
    results = work / "probity-results.json"
    _run([env["probity"], "export", "--checklist", "revisit-2012", "--format", "oscal-catalog", "-o", str(catalog)], env["root"])
    _run([env["probity"], "export", str(FIXTURE), "--format", "oscal-results", "-o", str(results)], env["root"])
    return catalog, results


def _workspace(env, name="workspace"):
    workspace = pathlib.Path(env["work"]) / name
    workspace.mkdir()
    _run([_trestle(), "init"], workspace)
    return workspace


def _check_references(catalog, results):
    controls = [control for group in catalog["catalog"]["groups"] for control in group["controls"]]
    statements = {part["id"] for control in controls for part in control["parts"] if part["name"] == "statement"}
    ar = results["assessment-results"]
    result = ar["results"][0]
    observations = {o["uuid"] for o in result["observations"]}
    assert len(observations) == len(controls), "one observation per checklist item"
    for finding in result["findings"]:
        assert finding["target"]["target-id"] in statements, finding["target"]
        for related in finding.get("related-observations", []):
            assert related["observation-uuid"] in observations, related
    resources = {"#" + r["uuid"] for r in ar["back-matter"]["resources"]}
    assert ar["import-ap"]["href"] in resources
    for observation in result["observations"]:
        for evidence in observation.get("relevant-evidence", []):
            assert evidence.get("href") is None or evidence["href"] in resources, evidence
    parties = {p["uuid"]: p for p in ar["metadata"]["parties"]}
    roles = {rp["role-id"]: parties[rp["party-uuids"][0]] for rp in ar["metadata"]["responsible-parties"]}
    assert roles["prepared-for"]["type"] == "organization"
    assert roles["assessor"]["type"] == "person"
    catalog_resources = {"#" + r["uuid"] for r in catalog["catalog"]["back-matter"]["resources"]}
    for control in controls:
        for link in control.get("links", []):
            assert link["href"] in catalog_resources, link


def check_oscal_exports_import_and_validate_in_trestle(env):
    catalog, results = _exports(env)
    workspace = _workspace(env)
    trestle = _trestle()
    _run([trestle, "import", "-f", str(catalog), "-o", "probity-2012"], workspace)
    _run([trestle, "import", "-f", str(results), "-o", "wyvern-vale-2012"], workspace)
    assert (workspace / "catalogs/probity-2012/catalog.json").exists()
    assert (workspace / "assessment-results/wyvern-vale-2012/assessment-results.json").exists()
    validated = _run([trestle, "validate", "-a"], workspace)
    assert "VALID" in validated.stdout + validated.stderr, validated.stdout + validated.stderr
    _check_references(json.loads(catalog.read_text(encoding="utf-8")), json.loads(results.read_text(encoding="utf-8")))


def _broken_copies(catalog, results):
    """Copies that each break one rule of the OSCAL schemas."""
    bad_uuid = copy.deepcopy(results)
    bad_uuid["assessment-results"]["results"][0]["observations"][0]["uuid"] = "not-a-uuid"
    two_lines = copy.deepcopy(catalog)
    two_lines["catalog"]["groups"][0]["controls"][0]["props"][0]["value"] = "two\nlines"
    no_target = copy.deepcopy(results)
    del no_target["assessment-results"]["results"][0]["findings"][0]["target"]
    return {"bad-uuid": bad_uuid, "two-lines": two_lines, "no-target": no_target}


def check_oscal_a_broken_copy_fails_in_trestle(env):
    catalog_path, results_path = _exports(env)
    catalog = json.loads(catalog_path.read_text(encoding="utf-8"))
    results = json.loads(results_path.read_text(encoding="utf-8"))
    workspace = _workspace(env)
    trestle = _trestle()
    for name, document in _broken_copies(catalog, results).items():
        path = pathlib.Path(env["work"]) / f"{name}.json"
        path.write_text(json.dumps(document), encoding="utf-8")
        refused = _run([trestle, "import", "-f", str(path), "-o", name], workspace, expect=None)
        assert refused.returncode != 0, f"trestle imported the broken copy {name}"
    _run([trestle, "import", "-f", str(results_path), "-o", "good"], workspace)
    _run([trestle, "validate", "-a"], workspace)
    planted = workspace / "assessment-results/good/assessment-results.json"
    planted.write_text(json.dumps(_broken_copies(catalog, results)["bad-uuid"]), encoding="utf-8")
    failed = _run([trestle, "validate", "-a"], workspace, expect=None)
    assert failed.returncode != 0, "trestle validate -a passed a workspace holding a broken file"
