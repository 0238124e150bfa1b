#!/usr/bin/env python3
"""Benchmark `probity crosscheck` against the anchors of ../shared/bench, in one run.

    python3 scripts/bench_crosscheck.py                      # S, M, L; Probity and the anchors
    python3 scripts/bench_crosscheck.py --sizes S,M --skip-anchors
    python3 scripts/bench_crosscheck.py --anchors duckdb_block,polars --runs 3

For each size it generates the registers once (`gen_registers.py --seed 1`, kept in
--data-dir and reused), builds `probity` in release mode, runs

    probity crosscheck --hospitality ... --format csv -o flags.csv --names-out names_map.csv

under `/usr/bin/time -v`, runs the anchors (`tools/*.py` of the bench) on the same data, scores
every output with the bench's `evaluate.py`, and prints one table: wall time (median of --runs),
peak RSS, supplier-name precision/recall, and each check's precision/recall, then which of
the issue's targets are met.  Not part of CI (L takes ~45 s to generate and minutes for
the anchors); size S runs as a correctness test in `swift test`.
"""
import argparse
import importlib.util
import json
import os
import re
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCH = os.path.join(os.path.dirname(ROOT), "shared", "bench")
CHECKS = ("a", "b", "b_worse", "c", "d", "e")
ANCHOR_PACKAGES = ["duckdb", "pandas", "rapidfuzz", "polars", "pyarrow"]
# The bench's tool variants (bench.py's TOOLS): script and flags.
ANCHORS = {
    "duckdb": ["tools/duckdb_checks.py"],
    "duckdb_block": ["tools/duckdb_checks.py", "--block", "first_char"],
    "duckdb_exact": ["tools/duckdb_checks.py", "--no-fuzzy"],
    "pandas": ["tools/pandas_checks.py"],
    "pandas_exact": ["tools/pandas_checks.py", "--no-fuzzy"],
    "polars": ["tools/polars_checks.py"],
    "polars_exact": ["tools/polars_checks.py", "--no-fuzzy"],
}
DEFAULT_ANCHORS = "duckdb_block,duckdb_exact,pandas,polars,polars_exact"
NAME_TARGET = {"S": 0.999, "M": 0.999, "L": 0.995}
TIME_TARGET = {"M": 1.0, "L": 10.0}


def ensure_packages(need_anchors):
    """pandas is needed by evaluate.py; the anchors need the rest. Installs what is missing."""
    wanted = ANCHOR_PACKAGES if need_anchors else ["pandas"]
    missing = [p for p in wanted if importlib.util.find_spec(p) is None]
    if missing:
        print(f"installing {' '.join(missing)} ...", flush=True)
        subprocess.run([sys.executable, "-m", "pip", "install", "--quiet"] + missing, check=True)


def build_probity():
    print("building probity (release) ...", flush=True)
    subprocess.run(["swift", "build", "-c", "release", "--product", "probity"], cwd=ROOT, check=True)
    bin_dir = subprocess.run(["swift", "build", "-c", "release", "--show-bin-path"], cwd=ROOT, check=True,
                             capture_output=True, text=True).stdout.strip()
    return os.path.join(bin_dir, "probity")


def ensure_data(size, data_dir):
    out = os.path.join(data_dir, size)
    if not os.path.exists(os.path.join(out, "truth_summary.json")):
        print(f"generating size {size} into {out} ...", flush=True)
        subprocess.run([sys.executable, os.path.join(BENCH, "gen_registers.py"), "--size", size, "--seed", "1",
                        "--out", out], check=True, stdout=subprocess.DEVNULL)
    with open(os.path.join(out, "truth_summary.json")) as f:
        return out, json.load(f)


def timed(cmd, cwd, timeout):
    """(wall seconds, peak RSS MB, return code, stderr) of cmd under /usr/bin/time -v."""
    t0 = time.perf_counter()
    try:
        p = subprocess.run(["/usr/bin/time", "-v"] + cmd, cwd=cwd, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None, None, "timeout", ""
    wall = time.perf_counter() - t0
    m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", p.stderr)
    return wall, (int(m.group(1)) / 1024 if m else None), p.returncode, p.stderr


def run_tool(name, cmd, cwd, runs, timeout, data, out, evaluate):
    walls, rss, status = [], [], "ok"
    for _ in range(runs):
        wall, mb, rc, err = timed(cmd, cwd, timeout)
        if rc != 0:
            status = "timeout" if rc == "timeout" else f"rc={rc}: {err.strip().splitlines()[-1] if err.strip() else ''}"
            break
        walls.append(wall)
        rss.append(mb)
    result = {"tool": name, "status": status, "runs": walls,
              "wall_s": statistics.median(walls) if walls else None, "rss_mb": max(rss) if rss else None}
    if status == "ok":
        result["eval"] = evaluate(data, out)
    w = f"{result['wall_s']:.2f}s" if result["wall_s"] is not None else "-"
    print(f"  {name}: {status} {w}", flush=True)
    return result


def probity_command(binary, data, out, as_of):
    reg = lambda f: os.path.join(data, f)
    return [binary, "crosscheck", "--hospitality", reg("hospitality.csv"), "--contracts", reg("contracts.csv"),
            "--suppliers", reg("suppliers.csv"), "--interests", reg("interests.csv"), "--as-of", as_of,
            "--format", "csv", "-o", os.path.join(out, "flags.csv"),
            "--names-out", os.path.join(out, "names_map.csv"), "--overwrite", "--quiet"]


def cell(check):
    if check["fp"] == 0 and check["fn"] == 0:
        return f"{check['found']} ✓"
    return f"{check['found']} P{check['precision']:.3f} R{check['recall']:.3f}"


def table(results):
    lines = ["| size | tool | wall s | peak RSS MB | name P | name R | " + " | ".join(CHECKS) + " |",
             "|---|---|---:|---:|---:|---:|" + "---:|" * len(CHECKS)]
    for size, rows in results.items():
        truth = next((r["eval"]["checks"] for r in rows if "eval" in r), None)
        if truth:
            lines.append(f"| {size} | **truth** | | | | | " + " | ".join(str(truth[c]["truth"]) for c in CHECKS) + " |")
        for r in rows:
            if "eval" not in r:
                lines.append(f"| {size} | {r['tool']} | {r['status']} | | | | " + " | " * (len(CHECKS) - 1) + " |")
                continue
            n = r["eval"]["names"]["all"]
            lines.append(f"| {size} | {r['tool']} | {r['wall_s']:.2f} | {r['rss_mb']:.0f} | {n['precision']:.4f} | "
                         f"{n['recall']:.4f} | " + " | ".join(cell(r["eval"]["checks"][c]) for c in CHECKS) + " |")
    return "\n".join(lines)


def quality(r):
    """(name F1, a and b F1) for comparing runs."""
    e = r["eval"]
    return e["names"]["all"]["f1"], min(prf1(e["checks"][c]) for c in ("a", "b", "b_worse"))


def prf1(c):
    p, rc = c["precision"], c["recall"]
    return 2 * p * rc / (p + rc) if p + rc else 0.0


def verdicts(results):
    lines = []
    for size, rows in results.items():
        ours = next((r for r in rows if r["tool"] == "probity"), None)
        if not ours or "eval" not in ours:
            lines.append(f"{size}: probity did not run ({ours['status'] if ours else 'missing'})")
            continue
        e = ours["eval"]
        n = e["names"]["all"]
        target = NAME_TARGET[size]
        lines.append(f"{size}: names P {n['precision']:.4f} R {n['recall']:.4f} (target >= {target}): "
                     + ("met" if n["precision"] >= target and n["recall"] >= target else "NOT met"))
        for c in ("a", "b", "b_worse"):
            ch = e["checks"][c]
            ok = ch["precision"] >= 0.99 and ch["recall"] >= 0.99
            lines.append(f"{size}: check {c} P {ch['precision']:.4f} R {ch['recall']:.4f} (target >= 0.99): "
                         + ("met" if ok else "NOT met"))
        for c in ("c", "d", "e"):
            ch = e["checks"][c]
            lines.append(f"{size}: check {c} exactly right: " + ("met" if ch["fp"] == 0 and ch["fn"] == 0 else
                                                                  f"NOT met (fp {ch['fp']}, fn {ch['fn']})"))
        missed = {c: e["checks"][c]["planted"] - e["checks"][c]["planted_found"] for c in CHECKS}
        lines.append(f"{size}: every planted case found: " + ("met" if not any(missed.values()) else
                                                               f"NOT met (missed {missed})"))
        lines.append(f"{size}: no non-case flagged in a (boundary negatives included): "
                     + ("met" if e["checks"]["a"]["fp"] == 0 else f"NOT met ({e['checks']['a']['fp']} false flags)"))
        if size in TIME_TARGET:
            ok = ours["wall_s"] < TIME_TARGET[size] and (size != "L" or ours["rss_mb"] < 1024)
            lines.append(f"{size}: {ours['wall_s']:.2f} s, {ours['rss_mb']:.0f} MB (target < {TIME_TARGET[size]} s"
                         + (", < 1 GB" if size == "L" else "") + "): " + ("met" if ok else "NOT met"))
        anchors = [r for r in rows if r["tool"] != "probity" and "eval" in r]
        if anchors:
            q = quality(ours)
            comparable = [r for r in anchors if quality(r) <= q] or anchors
            fastest = min(comparable, key=lambda r: r["wall_s"])
            lines.append(f"{size}: faster than the fastest anchor at equal or lower quality ({fastest['tool']} "
                         f"{fastest['wall_s']:.2f} s): " + ("met" if ours["wall_s"] < fastest["wall_s"] else "NOT met"))
    return "\n".join(lines)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="S,M,L")
    ap.add_argument("--data-dir", default=os.path.join(ROOT, "bench-data"),
                    help="where generated registers are kept and reused (default bench-data/, git-ignored)")
    ap.add_argument("--anchors", default=DEFAULT_ANCHORS, help=f"anchor tools, from {', '.join(ANCHORS)}")
    ap.add_argument("--skip-anchors", action="store_true")
    ap.add_argument("--runs", type=int, default=3, help="runs of probity per size (median wall time)")
    ap.add_argument("--anchor-runs", type=int, default=1)
    ap.add_argument("--timeout", type=int, default=1200, help="seconds before a run is killed")
    ap.add_argument("--probity", help="use this probity binary instead of building one")
    ap.add_argument("--json", help="also write all results here")
    a = ap.parse_args()

    ensure_packages(not a.skip_anchors)
    sys.path.insert(0, BENCH)
    from evaluate import evaluate  # noqa: E402  (the bench's evaluator, unchanged)

    binary = a.probity or build_probity()
    anchors = [] if a.skip_anchors else [t for t in a.anchors.split(",") if t]
    for tool in anchors:
        if tool not in ANCHORS:
            sys.exit(f"unknown anchor {tool}; expected one of {', '.join(ANCHORS)}")
    results = {}
    for size in a.sizes.split(","):
        data, summary = ensure_data(size, os.path.abspath(a.data_dir))
        as_of = summary.get("as_of", "2025-03-31")
        print(f"size {size}: {sum(summary['rows'][k] for k in ('hospitality', 'contracts', 'suppliers', 'interests')):,} "
              f"rows, {summary['bytes']['total'] / 1e6:.0f} MB", flush=True)
        out_root = os.path.join(os.path.abspath(a.data_dir), "out", size)
        rows = []
        out = os.path.join(out_root, "probity")
        os.makedirs(out, exist_ok=True)
        subprocess.run(probity_command(binary, data, out, as_of), check=False, capture_output=True)  # warm the cache
        rows.append(run_tool("probity", probity_command(binary, data, out, as_of), ROOT, a.runs, a.timeout,
                             data, out, evaluate))
        for tool in anchors:
            out = os.path.join(out_root, tool)
            os.makedirs(out, exist_ok=True)
            cmd = [sys.executable, os.path.join(BENCH, ANCHORS[tool][0])] + ANCHORS[tool][1:] + [
                "--data", data, "--out", out, "--as-of", as_of]
            rows.append(run_tool(tool, cmd, out_root, a.anchor_runs, a.timeout, data, out, evaluate))
        results[size] = rows

    print()
    print(table(results))
    print()
    print(verdicts(results))
    if a.json:
        with open(a.json, "w") as f:
            json.dump(results, f, indent=1)


if __name__ == "__main__":
    main()
