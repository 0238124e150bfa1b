"""axe-core 4.x in Selenium: the axe.min.js that the maintained PyPI package
axe-playwright-python ships (installed without Playwright by scripts/install-test-tools), read
from the package's folder and run in the page. The older axe-selenium-python wheel carries axe
3.1, which misses checks such as landmark-unique.
"""
import importlib.util
import pathlib

# Rules a page must pass besides every serious or critical violation.
ALWAYS = {"landmark-unique"}


def source():
    spec = importlib.util.find_spec("axe_playwright_python")
    if spec is None or not spec.submodule_search_locations:
        raise AssertionError("axe-playwright-python is not installed (scripts/install-test-tools installs it)")
    return (pathlib.Path(list(spec.submodule_search_locations)[0]) / "axe.min.js").read_text(encoding="utf-8")


def run(driver):
    """axe's results for the page in the driver; the version must be 4.x."""
    driver.execute_script(source())
    version = driver.execute_script("return axe.version")
    assert str(version).startswith("4."), f"expected axe-core 4.x, found {version}"
    driver.set_script_timeout(60)
    return driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {resultTypes: ['violations']}).then(done, e => done({error: String(e)}));")


def problems(results):
    """Violations that fail a page: serious or critical, and every rule in ALWAYS."""
    assert "error" not in results, f"axe failed: {results.get('error')}"
    return [v for v in results["violations"] if v.get("impact") in ("serious", "critical") or v["id"] in ALWAYS]


def report(violations):
    return "; ".join(f"{v['id']} ({v.get('impact')}): {v['help']} ({len(v['nodes'])} nodes)" for v in violations)
