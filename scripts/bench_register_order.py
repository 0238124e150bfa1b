#!/usr/bin/env python3
"""Benchmark `probity crosscheck` on rows in any order, on twice the rows, and on hostile cells.

    python3 scripts/bench_register_order.py                          # L, shuffled L, XL + hostile cases
    python3 scripts/bench_register_order.py --size M --runs 5
    python3 scripts/bench_register_order.py --probity .build-release/release/probity --skip-hostile

Generates size L (or --size) with the bench's generator (`gen_registers.py --seed 1`) into
--data-dir (default /tmp/probity-bench-order, never the repository) and derives from it

* **shuffled**: every register's data rows in a random order (fixed --shuffle-seed);
* **XL**: every register twice over — the second copy of hospitality, contracts and
  interests has its row ids suffixed `-2` so ids stay unique; the supplier list is repeated
  as it is (the same suppliers, same ids), so the matches and flags are L's, twice;
* **hostile** single-cell cases, each one organisation name (or description) put into the
  first hospitality row of size S: a 1,600-letter word; a 50,000-word name; a 5 MB name;
  100,000 quoted line breaks in one cell; and, under the 64 KiB cell limit, names filling
  it (distinct words, misspelt supplier words, CJK characters) and 100,000 rows each with a
  quoted line break.

Runs `probity crosscheck --format csv` (release build) --runs times on each after one warm-up
run (the three order variants in interleaved rounds), and PRINTS a table: case, rows, wall s (median), peak RSS MB (`/usr/bin/time -v`), ratio
to sorted L, exit status; and checks that the shuffled run flags exactly what the sorted run
flags (and XL exactly L's flags twice over). It is a benchmark that prints figures, not a
test; timings on a shared machine vary, so read the load average it prints beside them.
"""
import argparse
import csv
import io
import os
import random
import re
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCH = os.path.join(os.path.dirname(ROOT), "shared", "bench")
REGISTERS = ("hospitality", "contracts", "suppliers", "interests")
ID_COLUMN = {"hospitality": "entry_id", "contracts": "contract_id", "interests": "application_id"}


def build_probity(scratch):
    print("building probity (release) ...", flush=True)
    cmd = ["swift", "build", "-c", "release", "--product", "probity"] + (["--scratch-path", scratch] if scratch else [])
    subprocess.run(cmd, cwd=ROOT, check=True)
    out = subprocess.run(cmd[:4] + cmd[6:] + ["--show-bin-path"], cwd=ROOT, check=True, capture_output=True,
                         text=True).stdout.strip()
    return os.path.join(out, "probity")


def generate(size, out):
    if not os.path.exists(os.path.join(out, "truth_summary.json")):
        print(f"generating size {size} into {out} ...", flush=True)
        subprocess.run([sys.executable, os.path.join(BENCH, "gen_registers.py"), "--size", size, "--seed", "1",
                        "--out", out], check=True, stdout=subprocess.DEVNULL)
    return out


def split_records(path):
    """(header line, [record text]) keeping each record's bytes (quoted line breaks included)."""
    with open(path, newline="", encoding="utf-8") as f:
        text = f.read()
    records, start, inside = [], 0, False
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c == '"':
            inside = not inside
        elif c == "\n" and not inside:
            records.append(text[start:i + 1])
            start = i + 1
        i += 1
    if start < n:
        records.append(text[start:] + "\r\n")
    return records[0], records[1:]


def split_records_fast(path):
    """As split_records, for files whose quoted fields hold no line breaks (the generator's)."""
    with open(path, newline="", encoding="utf-8") as f:
        lines = f.read().splitlines(keepends=True)
    if any(line.count('"') % 2 for line in lines):
        return split_records(path)
    return lines[0], lines[1:]


def write(path, header, records):
    with open(path, "w", newline="", encoding="utf-8") as f:
        f.write(header)
        f.writelines(records)


def derive_shuffled(src, out, seed):
    if os.path.exists(os.path.join(out, "done")):
        return out
    print(f"shuffling {src} into {out} ...", flush=True)
    os.makedirs(out, exist_ok=True)
    rng = random.Random(seed)
    for name in REGISTERS:
        header, records = split_records_fast(os.path.join(src, f"{name}.csv"))
        rng.shuffle(records)
        write(os.path.join(out, f"{name}.csv"), header, records)
    open(os.path.join(out, "done"), "w").close()
    return out


def suffix_id(record, column_index):
    """The record with `-2` appended to field `column_index` (ids are never quoted by the generator)."""
    fields = record.split(",", column_index + 1)
    fields[column_index] += "-2"
    return ",".join(fields)


def derive_doubled(src, out):
    if os.path.exists(os.path.join(out, "done")):
        return out
    print(f"doubling {src} into {out} ...", flush=True)
    os.makedirs(out, exist_ok=True)
    for name in REGISTERS:
        header, records = split_records_fast(os.path.join(src, f"{name}.csv"))
        if name in ID_COLUMN:
            column = next(csv.reader(io.StringIO(header))).index(ID_COLUMN[name])
            second = [suffix_id(r, column) for r in records]
        else:
            second = records
        write(os.path.join(out, f"{name}.csv"), header, records + second)
    open(os.path.join(out, "done"), "w").close()
    return out


def csv_field(text):
    return '"' + text.replace('"', '""') + '"'


def derive_hostile(src, root):
    """Hostile cases on size S: {case: (dir, description)}."""
    header, records = split_records_fast(os.path.join(src, "hospitality.csv"))
    columns = next(csv.reader(io.StringIO(header)))
    provider, description = columns.index("provider"), columns.index("description")
    rng = random.Random(7)

    def word(n):
        return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(n))

    with open(os.path.join(src, "suppliers.csv"), newline="", encoding="utf-8") as f:
        supplier_words = sorted({w for r in csv.DictReader(f) for w in r["name"].split() if len(w) >= 5 and w.isalpha()})

    def typo(w):
        i = rng.randrange(1, len(w))
        return w[:i] + rng.choice("abcdefghijklmnopqrstuvwxyz") + w[i + 1:]

    def fill(make, size):
        words, total = [], 0
        while total < size:
            words.append(make())
            total += len(words[-1]) + 1
        return " ".join(words)[:size].strip()

    def put(record, index, value):
        fields = next(csv.reader(io.StringIO(record)))
        fields[index] = value
        return ",".join(csv_field(f) if any(c in f for c in ',"\r\n') else f for f in fields) + "\r\n"

    cases = {
        "word1600": ("a 1,600-letter word in a name", {0: (provider, "Northern " + word(1600) + " Services Ltd")}),
        "words50k": ("a 50,000-word name (~300 KB)", {0: (provider, " ".join(word(5) for _ in range(50_000)))}),
        "name5mb": ("a 5 MB name", {0: (provider, " ".join(word(9) for _ in range(500_000)))}),
        "newlines100k": ("100,000 quoted line breaks in one cell", {0: (description, "x\r\n" * 100_000)}),
        "words10k": ("10,900 distinct 5-letter words (64 KB, under the limit)",
                     {0: (provider, " ".join(word(5) for _ in range(10_900)))}),
        "typos": ("misspelt supplier words filling a name (64 KB)",
                  {0: (provider, fill(lambda: typo(rng.choice(supplier_words)), 65_000))}),
        "cjk": ("21,800 CJK characters in a name (64 KB)",
                {0: (provider, "".join(chr(rng.randrange(0x4E00, 0x9FA0)) for _ in range(21_800)))}),
        "rows_newlines": ("100,000 rows, each with a quoted line break", None),
    }
    result = {}
    for case, (label, edits) in cases.items():
        out = os.path.join(root, case)
        result[case] = (out, label)
        if os.path.exists(os.path.join(out, "done")):
            continue
        os.makedirs(out, exist_ok=True)
        for name in REGISTERS:
            if name != "hospitality":
                with open(os.path.join(src, f"{name}.csv"), "rb") as f, open(os.path.join(out, f"{name}.csv"), "wb") as g:
                    g.write(f.read())
        if edits is None:
            rows = [put(records[i % len(records)], description, f"line one\r\nline two {i}") for i in range(100_000)]
            rows = [suffix_id(r, columns.index("entry_id")).replace("-2,", f"-{i},", 1) if i >= len(records) else r
                    for i, r in enumerate(rows)]
        else:
            rows = list(records)
            for at, (index, value) in edits.items():
                rows[at] = put(rows[at], index, value)
        write(os.path.join(out, "hospitality.csv"), header, rows)
        open(os.path.join(out, "done"), "w").close()
    return result


def command(binary, data, out_dir, skip_bad_rows):
    reg = lambda name: os.path.join(data, f"{name}.csv")
    cmd = [binary, "crosscheck"]
    for name in REGISTERS:
        cmd += [f"--{name}", reg(name)]
    cmd += ["--as-of", "2025-03-31", "--format", "csv", "-o", os.path.join(out_dir, "flags.csv"), "--overwrite",
            "--quiet"]
    return cmd + (["--skip-bad-rows"] if skip_bad_rows else [])


def timed(cmd, timeout):
    t0 = time.perf_counter()
    try:
        p = subprocess.run(["/usr/bin/time", "-v"] + cmd, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return timeout, None, "timeout", ""
    wall = time.perf_counter() - t0
    m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", p.stderr)
    lines = [l for l in p.stderr.splitlines() if l.startswith(("Error", "warning", "Warning"))]
    return wall, (int(m.group(1)) / 1024 if m else None), p.returncode, lines[0] if lines else ""


def measure(binary, data, out_dir, runs, timeout, skip_bad_rows=False):
    os.makedirs(out_dir, exist_ok=True)
    cmd = command(binary, data, out_dir, skip_bad_rows)
    timed(cmd, timeout)  # warm the page cache
    walls, rss, rc, note = [], [], 0, ""
    for _ in range(runs):
        wall, mb, rc, note = timed(cmd, timeout)
        walls.append(wall)
        rss.append(mb or 0)
        if rc == "timeout":
            break
    return {"wall": statistics.median(walls), "walls": walls, "rss": max(rss), "rc": rc, "note": note}


def interleaved(binary, variants, root, runs, timeout):
    """Runs every variant once per round (after a warm-up of each), so a change in the
    machine's load during the benchmark falls on all of them alike."""
    results = {}
    for label, data in variants:
        out = os.path.join(root, "out", os.path.basename(data))
        os.makedirs(out, exist_ok=True)
        timed(command(binary, data, out, False), timeout)
        results[label] = {"walls": [], "rss": 0, "rc": 0, "note": "", "rows": rows_of(data), "out": out, "data": data}
    for _ in range(runs):
        for label, r in results.items():
            wall, mb, rc, note = timed(command(binary, r["data"], r["out"], False), timeout)
            r["walls"].append(wall)
            r["rss"] = max(r["rss"], mb or 0)
            r["rc"], r["note"] = rc, note
    for label, r in results.items():
        r["wall"] = statistics.median(r["walls"])
        print(f"  {label}: {r['wall']:.2f} s (runs {', '.join(f'{w:.2f}' for w in r['walls'])})", flush=True)
    return results


def rows_of(data):
    """Records (not physical lines) in the four registers."""
    return sum(len(split_records_fast(os.path.join(data, f"{name}.csv"))[1]) for name in REGISTERS)


def flags(out_dir):
    with open(os.path.join(out_dir, "flags.csv"), newline="") as f:
        return sorted(tuple(r) for r in list(csv.reader(f))[1:])


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--size", default="L", help="base size (S, M or L)")
    ap.add_argument("--data-dir", default="/tmp/probity-bench-order")
    ap.add_argument("--runs", type=int, default=5, help="timed runs per case (median)")
    ap.add_argument("--hostile-runs", type=int, default=3)
    ap.add_argument("--shuffle-seed", type=int, default=12)
    ap.add_argument("--timeout", type=int, default=600)
    ap.add_argument("--probity", help="use this binary instead of building one")
    ap.add_argument("--scratch-path", help="swift build --scratch-path when building")
    ap.add_argument("--skip-hostile", action="store_true")
    ap.add_argument("--skip-order", action="store_true")
    a = ap.parse_args()

    binary = a.probity or build_probity(a.scratch_path)
    root = os.path.abspath(a.data_dir)
    table = []
    print(f"load average before: {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f} {os.getloadavg()[2]:.2f}",
          flush=True)
    if not a.skip_order:
        base = generate(a.size, os.path.join(root, a.size))
        variants = [(f"{a.size} sorted", base),
                    (f"{a.size} shuffled", derive_shuffled(base, os.path.join(root, f"{a.size}-shuffled"), a.shuffle_seed)),
                    (f"{a.size}x2 (XL)", derive_doubled(base, os.path.join(root, f"{a.size}-doubled")))]
        results = interleaved(binary, variants, root, a.runs, a.timeout)
        sorted_wall = results[f"{a.size} sorted"]["wall"]
        for label, r in results.items():
            table.append((label, f"{r['rows']:,}", r["wall"], r["rss"], r["wall"] / sorted_wall, r["rc"], ""))
        same = flags(results[f"{a.size} sorted"]["out"]) == flags(results[f"{a.size} shuffled"]["out"])
        base_flags = flags(results[f"{a.size} sorted"]["out"])
        doubled = flags(results[f"{a.size}x2 (XL)"]["out"])
        print(f"shuffled flags identical to sorted: {'yes' if same else 'NO'}")
        print(f"XL flags: {len(doubled):,} (twice {a.size}: {2 * len(base_flags):,})")
    if not a.skip_hostile:
        small = generate("S", os.path.join(root, "S"))
        for case, (data, label) in derive_hostile(small, os.path.join(root, "hostile")).items():
            for skip in (False, True):
                out = os.path.join(root, "out", "hostile", case + ("-skip" if skip else ""))
                r = measure(binary, data, out, a.hostile_runs, a.timeout, skip_bad_rows=skip)
                outcome = (r["note"] or ("ok" if r["rc"] == 0 else f"exit {r['rc']}")).replace(data + "/", "")
                table.append((label + (" --skip-bad-rows" if skip else ""), f"{rows_of(data):,}", r["wall"], r["rss"],
                              None, r["rc"], outcome[:110]))
                print(f"  {case}{' skip' if skip else ''}: {r['wall']:.2f} s {outcome[:110]}", flush=True)
    print(f"load average after: {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f} {os.getloadavg()[2]:.2f}")
    print()
    print("| case | rows | wall s (median) | peak RSS MB | ratio to sorted | exit | outcome |")
    print("|---|---:|---:|---:|---:|---:|---|")
    for label, rows, wall, rss, ratio, rc, note in table:
        print(f"| {label} | {rows} | {wall:.2f} | {rss:.0f} | {'' if ratio is None else f'{ratio:.2f}'} | {rc} | {note} |")


if __name__ == "__main__":
    main()
