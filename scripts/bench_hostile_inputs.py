#!/usr/bin/env python3
"""Benchmark `probity` on hostile sizes of the JSON inputs, and time the hostile corpus.

    python3 scripts/bench_hostile_inputs.py                       # release build, 3 runs each
    python3 scripts/bench_hostile_inputs.py --probity .build/debug/probity --runs 1

Generates into --data-dir (default /tmp/probity-bench-hostile, never the repository), from
the bundled example `docs/examples/northshire-2012.json`:

* 200,000 answers to unknown items (a 7.9 MB file), run through `validate` and `score`;
* the same with `validate --all` (every one of the 200,000 errors written);
* an item id of 50 MB (refused where it starts: strings are limited to 8 MiB);
* an item id of 7 MiB (under the limit: an unknown item, with no suggestion worked out);
* 1,000,000 evidence citations of one unknown record in a single answer.

Runs each --runs times after one warm-up and PRINTS a table: case, file MB, wall s (median),
peak RSS MB (wait4), exit status, lines written, the first line. The issue's target is under
one second for each. Then runs `scripts/hostile-corpus` with the same binary and prints its
slowest and largest file. It is a benchmark that prints figures, not a test; timings on a
shared machine vary, so read the load average it prints beside them.
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EXAMPLE = os.path.join(ROOT, "docs", "examples", "northshire-2012.json")


def example():
    with open(EXAMPLE, encoding="utf-8") as handle:
        return json.load(handle)


def write(folder, name, document):
    path = os.path.join(folder, name)
    with open(path, "w", encoding="utf-8") as handle:
        json.dump(document, handle, separators=(",", ":"))
    return path


def cases(folder):
    unknown = example()
    unknown["answers"] += [{"item": f"XX-{i}", "status": "met"} for i in range(200_000)]
    many = write(folder, "unknown-200k.json", unknown)
    huge = example()
    huge["answers"][0]["item"] = "A" * 50_000_000
    under = example()
    under["answers"][0]["item"] = "A" * (7 << 20)
    cited = example()
    cited["answers"][0]["evidence"] = ["EV-NOPE"] * 1_000_000
    return [
        ("200,000 unknown items: validate", ["validate", many]),
        ("200,000 unknown items: validate --all", ["validate", "--all", many]),
        ("200,000 unknown items: score", ["score", many]),
        ("a 50 MB item id: validate", ["validate", write(folder, "item-50mb.json", huge)]),
        ("a 7 MiB item id: validate", ["validate", write(folder, "item-7mib.json", under)]),
        ("1,000,000 citations of a missing record: validate", ["validate", write(folder, "cited-1m.json", cited)]),
    ]


def run_once(argv):
    start = time.monotonic()
    process = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL)
    stdout, stderr = process.communicate()
    elapsed = time.monotonic() - start
    return elapsed, process.returncode, stdout, stderr


def peak_rss(argv):
    pid = os.fork()
    if pid == 0:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
        os.dup2(devnull, 2)
        os.execv(argv[0], argv)
    _, _, usage = os.wait4(pid, 0)
    return usage.ru_maxrss / 1024


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--probity", default=os.path.join(ROOT, ".build", "release", "probity"))
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--data-dir", default="/tmp/probity-bench-hostile")
    parser.add_argument("--skip-corpus", action="store_true")
    options = parser.parse_args()
    if not os.access(options.probity, os.X_OK):
        sys.exit(f"no probity binary at {options.probity}; build it with: swift build -c release --product probity")
    os.makedirs(options.data_dir, exist_ok=True)
    print(f"binary {options.probity}; load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")
    print("| case | file MB | wall s (median) | peak RSS MB | exit | lines | first line |")
    print("|---|---:|---:|---:|---:|---:|---|")
    slowest = 0.0
    for label, arguments in cases(options.data_dir):
        argv = [options.probity] + arguments
        run_once(argv)
        times = []
        for _ in range(options.runs):
            elapsed, code, stdout, stderr = run_once(argv)
            times.append(elapsed)
        wall = statistics.median(times)
        slowest = max(slowest, wall)
        size = os.path.getsize(arguments[-1]) / 1e6
        lines = stdout.count(b"\n") + stderr.count(b"\n")
        first = (stderr or stdout).split(b"\n", 1)[0].decode("utf-8", "replace").replace(options.data_dir + "/", "")
        print(f"| {label} | {size:.1f} | {wall:.2f} | {peak_rss(argv):.0f} | {code} | {lines:,} | `{first[:90]}` |")
    print(f"slowest case {slowest:.2f} s; load average now {os.getloadavg()[0]:.2f}")
    if not options.skip_corpus:
        corpus = subprocess.run([sys.executable, os.path.join(ROOT, "scripts", "hostile-corpus"), options.probity],
                                capture_output=True, text=True)
        print("hostile corpus with this binary: " + " | ".join(corpus.stdout.strip().splitlines()[-2:]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
