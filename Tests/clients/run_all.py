#!/usr/bin/env python3
"""Runs the checks that need real clients (Chromium, LibreOffice, compliance-trestle).

Each module Tests/clients/*_checks.py defines functions named check_*(env) where env is a
dict with: probity (path to the built binary), root (package root), work (a fresh temporary
directory for the module), screenshots (build/screenshots). A check passes unless it raises.
Prints one line per check and ends with 'N passed, N failed'; exits 1 if any failed.
"""
import importlib.util
import os
import pathlib
import sys
import tempfile
import traceback

ROOT = pathlib.Path(__file__).resolve().parents[2]


def main() -> int:
    probity = ROOT / ".build" / "debug" / "probity"
    if not probity.exists():
        print(f"error: {probity} not built; run swift build first", file=sys.stderr)
        return 1
    screenshots = ROOT / "build" / "screenshots"
    screenshots.mkdir(parents=True, exist_ok=True)
    only = sys.argv[1:]
    passed = failed = 0
    for path in sorted((ROOT / "Tests" / "clients").glob("*_checks.py")):
        spec = importlib.util.spec_from_file_location(path.stem, path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        for name in sorted(n for n in dir(module) if n.startswith("check_")):
            label = f"{path.stem}.{name}"
            if only and not any(o in label for o in only):
                continue
            with tempfile.TemporaryDirectory(prefix="probity-client-") as work:
                env = {"probity": str(probity), "root": str(ROOT), "work": work, "screenshots": str(screenshots)}
                try:
                    getattr(module, name)(env)
                    passed += 1
                    print(f"ok   {label}")
                except Exception:  # noqa: BLE001 - report every failure and go on
                    failed += 1
                    print(f"FAIL {label}")
                    traceback.print_exc()
    print(f"clients: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
