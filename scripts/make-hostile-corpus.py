#!/usr/bin/env python3
"""Regenerates Tests/ProbityCLITests/Fixtures/hostile/ (issue 12's corpus of hostile inputs).

Usage: scripts/make-hostile-corpus.py PROBITY_BINARY
Starts from the demo force (probity demo --write-files) and writes one file per hostile case
plus index.tsv: file, expected exit code, the expected start of the first error line, and
the arguments to run ({} is the file). Moderation logs are re-sealed with the documented
auditor's algorithm (docs/moderation.md), so each carries exactly the one problem it tests.
"""
import copy, hashlib, json, os, shutil, subprocess, sys, tempfile

probity = os.path.abspath(sys.argv[1])
root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Tests", "ProbityCLITests", "Fixtures", "hostile")
root = os.path.normpath(root)
if os.path.isdir(root):
    shutil.rmtree(root)
os.makedirs(root)
demo = tempfile.mkdtemp()
subprocess.run([probity, "demo", "--write-files", demo], check=True, capture_output=True)
shutil.copytree(os.path.join(demo, "registers"), os.path.join(root, "registers"))
base = json.load(open(os.path.join(demo, "northshire-2012.json")))
checklist = json.load(open(os.path.join(os.path.dirname(root), "..", "..", "..", "Checklists", "revisit-2012.json")))
rows = []
ESC = "\u001b"
RLO = "\u202e"


def write(name, text):
    with open(os.path.join(root, name), "w", encoding="utf-8") as handle:
        handle.write(text)


def case(name, exit_code, first, arguments, text):
    write(name, text)
    rows.append((name, exit_code, first, arguments))


def assessment(name, exit_code, first, mutate=None, raw=None, arguments="score {}"):
    value = copy.deepcopy(base)
    if mutate:
        mutate(value)
    text = json.dumps(value, indent=1, ensure_ascii=False)
    if raw:
        text = raw(text)
    case(name, exit_code, first.replace("FILE", name), arguments, text)


def set_path(path, value):
    def mutate(document):
        target = document
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value
    return mutate


def replace(old, new, count=1):
    def raw(text):
        assert old in text, old
        return text.replace(old, new, count)
    return raw


# Assessments: numbers.
assessment("a-ok.json", 0, "", arguments="validate {}")
assessment("a-period-reversed.json", 1, "error: FILE: period.end: the period ends (2011-09-01) before it starts (2012-05-31)",
           set_path(["period"], {"start": "2012-05-31", "end": "2011-09-01"}))
for label, number in [("1e300", "1e300"), ("9.3e18", "9.3e18"), ("neg", "-1"), ("frac", "1.5"), ("20digits", "12345678901234567890")]:
    assessment(f"a-schema-{label}.json", 1, "Error: FILE: schemaVersion: this version of probity reads schema version 1, found number ", raw=replace('"schemaVersion": 1', f'"schemaVersion": {number}'))
assessment("a-workforce-20digits.json", 1, "Error: FILE: force.workforce: expected a number from -10^15 to 10^15",
           raw=replace('"workforce": 5800', '"workforce": 12345678901234567890'))
assessment("a-workforce-fraction.json", 1, "Error: FILE: force.workforce: expected a whole number, found number 5800.5", raw=replace('"workforce": 5800', '"workforce": 5800.5'))
assessment("a-workforce-huge.json", 1, "error: FILE: force.workforce: expected a headcount from 1 to 10000000", set_path(["force", "workforce"], 10 ** 14))
assessment("a-year-huge.json", 1, "error: FILE: year: expected a year from 1 to 9999", set_path(["year"], 10 ** 14))
assessment("a-year-1e300.json", 1, "Error: FILE: year: expected a number from -10^15 to 10^15", raw=replace('"year": 2012', '"year": 1e300'))
assessment("a-return-1e300.json", 1, "Error: FILE: dataReturns.gratuities.entries.total: expected a number from -10^15 to 10^15",
           raw=replace('"total": 12', '"total": 1e300'))
assessment("a-return-1e300-consistent.json", 1, "Error: FILE: dataReturns.gratuities.entries.",
           set_path(["dataReturns", "gratuities", "entries"], {"total": 1e300, "gratuities": 1e300, "hospitality": 0}))
assessment("a-return-negative-huge.json", 1, "Error: FILE: dataReturns.gratuities.entries.total: expected a number from -10^15 to 10^15",
           raw=replace('"total": 12', '"total": -1e16'))
assessment("a-return-fraction-count.json", 1, "error: FILE: dataReturns.gratuities.entries.", raw=replace('"total": 12', '"total": 12.5'))
# Assessments: files outside the folder.
for number, (key, value, what) in enumerate([
    ("hospitality", "../../../../../../../../etc/passwd", "is outside the assessment's folder"),
    ("hospitality", "/etc/passwd", "is outside the assessment's folder"),
    ("hospitality", "/dev/zero", "is outside the assessment's folder"),
    ("hospitality", "/dev/urandom", "is outside the assessment's folder"),
    ("hospitality", "/proc/self/environ", "is outside the assessment's folder"),
    ("contracts", "registers/../../hostile/../../../../../../etc/hostname", "is outside the assessment's folder"),
    ("suppliers", "registers", "is not a regular file"),
    ("interests", "registers/no-such.csv", "no such file"),
    ("mapping", "../../../../../../../../etc/passwd", "is outside the assessment's folder"),
    ("rules", "/proc/self/environ", "is outside the assessment's folder"),
    ("hospitality", "registers/link-to-passwd.csv", "is outside the assessment's folder"),
], start=1):
    slug = f"{number:02d}-" + value.strip("./").replace("/", "-").replace(".", "")[-24:]
    assessment(f"a-path-{key}-{slug}.json", 1, f"Error: FILE: registers.{key}: ", set_path(["registers", key], value))
    name, exit_code, first, arguments = rows[-1]
    rows[-1] = (name, exit_code, first + (f'"{value}" {what}' if what != "no such file" else f'no such file "{value}"'), arguments)
os.symlink("/etc/passwd", os.path.join(root, "registers", "link-to-passwd.csv"))
# Assessments: terminal escapes and injection.
def answer(index, key, value):
    def mutate(document):
        document["answers"][index][key] = value
    return mutate
assessment("a-esc-item.json", 1, 'error: FILE: answers[0].item: unknown item "MR-<U+001B>[31mRED"', answer(0, "item", "MR-" + ESC + "[31mRED"))
assessment("a-esc-status.json", 1, 'Error: FILE: answers[0].status: expected one of met, partially-met, not-met, not-applicable, not-assessed, found "met<U+001B>[2J"',
           answer(0, "status", "met" + ESC + "[2J"))
assessment("a-esc-evidence-kind.json", 1, 'error: FILE: evidence[0].kind: expected one of policy, procedure, register, minutes, training-record, audit, data-return, interview-note, other, found "policy<U+001B>]0;pwned<U+0007>"', lambda d: d["evidence"][0].update(kind="policy" + ESC + "]0;pwned" + "\u0007"))
assessment("a-rlo-item.json", 1, 'error: FILE: answers[0].item: unknown item "MR-<U+202E>10"', answer(0, "item", "MR-" + RLO + "10"))
assessment("a-c1-item.json", 1, 'error: FILE: answers[0].item: unknown item "MR-<U+009B>31m"', answer(0, "item", "MR-\u009b31m"))
assessment("a-esc-date.json", 1, 'Error: FILE: period.start: expected a date as YYYY-MM-DD, found "2011-09-01<U+001B>[2J"', set_path(["period", "start"], "2011-09-01" + ESC + "[2J"))
hostile_text = '<script>alert(1)</script><img src=x onerror=alert(2)><iframe src="javascript:alert(3)"></iframe>[click](javascript:alert(4)) &#x202E; ' + RLO + "gnp.exe"
def injection(document):
    document["force"]["name"] = "Northshire " + hostile_text
    for item in document["answers"]:
        item["narrative"] = hostile_text
    for record in document["evidence"]:
        record["title"] = hostile_text
assessment("a-injection.json", 0, "", injection, arguments="score {} --format markdown")
assessment("a-injection-html.json", 0, "", injection, arguments="report {}")
assessment("a-injection-text.json", 0, "", injection, arguments="score {}")
# Register CSVs named by an assessment (inside the folder), with hostile cells.
hospitality = open(os.path.join(root, "registers", "hospitality.csv"), encoding="utf-8").read().split("\n")
header, first = hospitality[0], hospitality[1]
columns = header.split(",")
def csv_case(name, column, value, first_line):
    cells = first.split(",")
    cells[columns.index(column)] = value
    write(f"registers/{name}.csv", "\n".join([header, ",".join(cells)] + hospitality[2:]))
    assessment(f"a-csv-{name}.json", 1, first_line, set_path(["registers", "hospitality"], f"registers/{name}.csv"))
csv_case("esc-date", "date", "2012-01-0" + ESC + "[2J", 'Error: *registers/esc-date.csv:2:6: invalid date "2012-01-0<U+001B>[2J" in column "date"')
csv_case("rlo-date", "date", "2012-01-" + RLO + "10", 'Error: *registers/rlo-date.csv:2:6: invalid date "2012-01-<U+202E>10" in column "date"')
csv_case("huge-value", "value_gbp", "1" + "0" * 400, 'Error: *registers/huge-value.csv:2:121: invalid amount "1000')
# Checklists (checked with `checklist validate`).
def checklist_case(name, first, mutate=None, raw=None):
    value = copy.deepcopy(checklist)
    if mutate:
        mutate(value)
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))  # compact: a checklist is large
    if raw:
        text = raw(text)
    case(name, 1, first.replace("FILE", name), "checklist validate {}", text)
def status_credit(index, credit):
    return lambda c: c["answerStatuses"][index].update(credit=credit)
checklist_case("c-credit-2.json", "error: FILE: answerStatuses[0].credit: must be between 0 and 1, found 2", status_credit(0, 2))
checklist_case("c-credit-negative.json", "error: FILE: answerStatuses[1].credit: must be between 0 and 1, found -1", status_credit(1, -1))
checklist_case("c-coverage-2.json", "error: FILE: scoring.limits.lowCoverage: expected a share from 0 to 1, found 2",
               lambda c: c["scoring"]["limits"].update(lowCoverage=2))
checklist_case("c-min-area-coverage-2.json", "error: FILE: scoring.judgement.grading.minAreaCoverage: must be between 0 and 1",
               lambda c: c["scoring"]["judgement"]["grading"].update(minAreaCoverage=2))
checklist_case("c-penalty-negative.json", "error: FILE: scoring.findingPenalties.concern: expected points from 0 to 100, found -5",
               lambda c: c["scoring"]["findingPenalties"].update(concern=-5))
checklist_case("c-steps-negative.json", "error: FILE: scoring.limits.overallMaxStepsAboveWeakest: expected a number of grades from 0 to 100, found -1",
               lambda c: c["scoring"]["limits"].update(overallMaxStepsAboveWeakest=-1))
checklist_case("c-area-weight-missing.json", 'error: FILE: scoring.areaWeights: no weight for area "media"',
               lambda c: c["scoring"]["areaWeights"].pop("media"))
checklist_case("c-previous-self.json", "error: FILE: previousChecklist: checklist revisit-2012 names itself as its previous checklist",
               lambda c: c.update(previousChecklist="revisit-2012"))
checklist_case("c-crosswalk-self.json", "error: FILE: crosswalk.from: checklist revisit-2012 has a crosswalk from itself",
               lambda c: c["crosswalk"].update({"from": "revisit-2012"}))
checklist_case("c-minscore-negative.json", "error: FILE: gradeScales[0].grades[3].minScore: the lowest grade must start at 0, found -10",
               lambda c: c["gradeScales"][0]["grades"][3].update(minScore=-10))
checklist_case("c-minscore-above-100.json", "error: FILE: gradeScales[0].grades[0].minScore: must be between 0 and 100, found 150",
               lambda c: c["gradeScales"][0]["grades"][0].update(minScore=150))
checklist_case("c-item-weight-1e308.json", "Error: FILE: areas[0].items[0].weight: expected a number from -10^15 to 10^15",
               lambda c: c["areas"][0]["items"][0].update(weight=1e308))
checklist_case("c-item-weight-big.json", "error: FILE: areas[0].items[0].weight: expected a weight up to 1,000, found 1,000,000",
               lambda c: c["areas"][0]["items"][0].update(weight=1e6))
checklist_case("c-area-weight-1e308.json", "Error: FILE: scoring.areaWeights.media: expected a number from -10^15 to 10^15",
               lambda c: c["scoring"]["areaWeights"].update(media=1e308))
checklist_case("c-penalty-1e308.json", "Error: FILE: scoring.findingPenalties.concern: expected a number from -10^15 to 10^15",
               lambda c: c["scoring"]["findingPenalties"].update(concern=1e308))
checklist_case("c-threshold-1e308.json", "Error: FILE: areas[2].thresholds.declinedShareMin: expected a number from -10^15 to 10^15",
               lambda c: c["areas"][2]["thresholds"].update(declinedShareMin=1e308))
checklist_case("c-contradiction-credit-2.json", "error: FILE: scoring.contradictionCredit: expected a share from 0 to 1, found 2",
               lambda c: c["scoring"].update(contradictionCredit=2))
checklist_case("c-schema-1e300.json", "Error: FILE: schemaVersion: this version of probity reads schema version 1, found number 1e+300",
               raw=replace('"schemaVersion":1', '"schemaVersion":1e300'))
checklist_case("c-schema-9.3e18.json", "Error: FILE: schemaVersion: this version of probity reads schema version 1, found number 9.3e+18",
               raw=replace('"schemaVersion":1', '"schemaVersion":9.3e18'))
checklist_case("c-esc-area-id.json", 'error: FILE: scoring.areaWeights: no weight for area "media<U+001B>[31m"', lambda c: c["areas"][0].update(id="media" + ESC + "[31m"))
# Moderation logs, checked with `verify` against a-ok.json (re-sealed as the auditor would).
shutil.copy(os.path.join(root, "a-ok.json"), os.path.join(demo, "a-ok.json"))
log_path = os.path.join(demo, "mod.json")
for item, moderator in [("MR-01", "A. Inspector"), ("MR-02", "B. Lead")]:
    subprocess.run([probity, "moderate", "a-ok.json", "--moderation", "mod.json", "--moderator", moderator,
                    "--item", item, "--status", "met", "--rationale", "Seen."], check=True, capture_output=True, cwd=demo)
log = json.load(open(log_path))
def seal(value):
    previous = "0" * 64
    for entry in value["entries"]:
        entry["previous"] = previous
        body = {key: member for key, member in entry.items() if key != "hash"}
        entry["hash"] = hashlib.sha256(json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()).hexdigest()
        previous = entry["hash"]
    return value
def log_case(name, exit_code, first, mutate=None, raw=None, reseal=True):
    value = copy.deepcopy(log)
    if mutate:
        mutate(value)
    if reseal:
        seal(value)
    text = json.dumps(value, indent=2, sort_keys=True, ensure_ascii=False)
    if raw:
        text = raw(text)
    case(name, exit_code, first.replace("FILE", name), "verify a-ok.json {}", text)
log_case("m-ok.json", 0, "")
log_case("m-date-back.json", 1, "error: FILE: entries[1].date: dated 2025-12-31, before entries[0]",
         lambda v: (v["entries"][0].update(date="2026-01-01"), v["entries"][1].update(date="2025-12-31")))
log_case("m-hash-upper.json", 1, "error: FILE: entries[1].hash: expected lower-case hexadecimal",
         raw=lambda text: text.replace(log_hash := seal(copy.deepcopy(log))["entries"][1]["hash"], log_hash.upper()), reseal=True)
log_case("m-previous-upper.json", 1, "error: FILE: entries[1].previous: expected lower-case hexadecimal",
         raw=lambda text: text.replace('"previous": "' + seal(copy.deepcopy(log))["entries"][0]["hash"], '"previous": "' + seal(copy.deepcopy(log))["entries"][0]["hash"].upper()))
log_case("m-sha-upper.json", 1, "error: FILE: assessment.sha256: expected lower-case hexadecimal",
         raw=lambda text: text.replace('"sha256": "' + log["assessment"]["sha256"], '"sha256": "' + log["assessment"]["sha256"].upper()))
log_case("m-sequence-float.json", 1, "error: FILE: entries[0].sequence: expected a whole number written without a decimal point or exponent, found 1.0",
         raw=replace('"sequence": 1\n', '"sequence": 1.0\n'))
log_case("m-sequence-exponent.json", 1, "error: FILE: entries[1].sequence: expected a whole number written without a decimal point or exponent, found 2e0",
         raw=replace('"sequence": 2\n', '"sequence": 2e0\n'))
log_case("m-sequence-1e300.json", 1, "Error: FILE: entries[1].sequence: expected a number from -10^15 to 10^15", raw=replace('"sequence": 2\n', '"sequence": 1e300\n'))
log_case("m-sequence-20digits.json", 1, "Error: FILE: entries[1].sequence: expected a number from -10^15 to 10^15",
         raw=replace('"sequence": 2\n', '"sequence": 12345678901234567890\n'))
log_case("m-sequence-huge.json", 1, "error: FILE: entries[1].sequence: expected a sequence number from 1 to 1000000, found 999999999999999",
         lambda v: v["entries"][1].update(sequence=999999999999999))
log_case("m-sequence-negative.json", 1, "error: FILE: entries[0].sequence: expected a sequence number from 1 to 1000000, found -5",
         lambda v: v["entries"][0].update(sequence=-5))
log_case("m-schema-1e300.json", 1, "Error: FILE: schemaVersion: this version of probity reads schema version 1, found number 1e+300",
         raw=replace('"schemaVersion": 1', '"schemaVersion": 1e300'))
log_case("m-schema-9.3e18.json", 1, "Error: FILE: schemaVersion: this version of probity reads schema version 1, found number 9.3e+18",
         raw=replace('"schemaVersion": 1', '"schemaVersion": 9.3e18'))
log_case("m-esc-moderator.json", 0, "", lambda v: v["entries"][0]["moderator"].update(name="A. " + ESC + "[2JInspector"))
# Plans, checked with `plan --check`.
subprocess.run([probity, "plan", "a-ok.json", "-o", "plan.json"], check=True, capture_output=True, cwd=demo)
plan = json.load(open(os.path.join(demo, "plan.json")))
def plan_case(name, exit_code, first, mutate=None, raw=None):
    value = copy.deepcopy(plan)
    if mutate:
        mutate(value)
    text = json.dumps(value, indent=2, sort_keys=True, ensure_ascii=False)
    if raw:
        text = raw(text)
    case(name, exit_code, first.replace("FILE", name), "plan --check {} --as-of 2012-06-01", text)
plan_case("p-schema-1e300.json", 1, "Error: FILE: schemaVersion: this version of probity reads schema version 1, found number 1e+300", raw=replace('"schemaVersion": 1', '"schemaVersion": 1e300'))
plan_case("p-schema-9.3e18.json", 1, "Error: FILE: schemaVersion: this version of probity reads schema version 1, found number 9.3e+18", raw=replace('"schemaVersion": 1', '"schemaVersion": 9.3e18'))
plan_case("p-esc-owner.json", 1, "", lambda v: v["actions"][0].update(owner="DCI " + ESC + "[2J", due="2012-01-01"))
plan_case("p-esc-due.json", 1, 'Error: FILE: actions[0].due: expected a date as YYYY-MM-DD, found "2012-01-01<U+001B>[2J"', lambda v: v["actions"][0].update(due="2012-01-01" + ESC + "[2J"))

# Systematic cases: every kind of input broken at many places. Their expected first lines are
# recorded from the binary when the corpus is made, and each must name the file and a place
# (`FILE: path: ...` or `FILE:line:column: ...`), which this script checks before writing them.
import re
PLACE = re.compile(r"^(Error|error): (?P<file>[^:]+?)(:\d+:\d+: |: [^ :]+(?:\[\d+\])?[^ :]*: |: \(document\): )")


def recorded(name, arguments, data, expect_exit=1):
    path = os.path.join(root, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as handle:
        handle.write(data if isinstance(data, bytes) else data.encode("utf-8"))
    argv = [a.replace("{}", name) for a in arguments.split(" ")]
    result = subprocess.run([probity] + argv, cwd=root, capture_output=True)
    if expect_exit is None:  # either is right (a header-only register is an empty register)
        expect_exit = result.returncode
    assert result.returncode == expect_exit, (name, result.returncode, result.stderr[:300])
    first = result.stderr.decode("utf-8").split("\n")[0] if expect_exit else ""
    if expect_exit:
        match = PLACE.match(first)
        assert match and name.split("/")[-1] in match.group("file"), (name, first)
    rows.append((name, expect_exit, first.replace("*", "?"), arguments))


base_text = json.dumps(base, indent=1, ensure_ascii=False)
# Truncated anywhere: malformed JSON at a line and column.
for fraction in range(1, 21):
    cut = len(base_text.encode("utf-8")) * fraction // 21
    recorded(f"s-truncated-{fraction:02d}.json", "score {}", base_text.encode("utf-8")[:cut])
# Every top-level field missing, then of the wrong type.
for key in ["schemaVersion", "force", "year", "period", "checklist", "completedBy", "answers", "evidence"]:
    value = copy.deepcopy(base); value.pop(key)
    recorded(f"s-missing-{key}.json", "score {}", json.dumps(value))
    value = copy.deepcopy(base); value[key] = [] if not isinstance(base[key], list) else "none"
    recorded(f"s-type-{key}.json", "score {}", json.dumps(value))
# Statuses, dates and figures a slip away from valid.
for index, status in enumerate(["", "MET", None, 1, "met\u0000", "met " + ESC + "[2J", "not_met"]):
    value = copy.deepcopy(base); value["answers"][3]["status"] = status
    recorded(f"s-status-{index}.json", "score {}", json.dumps(value))
for index, date in enumerate(["2012-02-30", "2012-13-01", "12-01-01", "", "2012/01/01", "2012-1-1", "0000-01-01"]):
    value = copy.deepcopy(base); value["period"]["start"] = date
    recorded(f"s-period-{index}.json", "score {}", json.dumps(value))
for index, workforce in enumerate([-1, 1.5, "5800", 1e16, True, [5800]]):
    value = copy.deepcopy(base); value["force"]["workforce"] = workforce
    recorded(f"s-workforce-{index}.json", "score {}", json.dumps(value))
# Invalid UTF-8 at five places.
raw_bytes = base_text.encode("utf-8")
for index in range(1, 6):
    at = len(raw_bytes) * index // 6
    recorded(f"s-utf8-{index}.json", "score {}", raw_bytes[:at] + b"\xff\xfe" + raw_bytes[at:])
# Nesting and size: deep arrays, a deep data return, a control-character key.
recorded("s-deep-array.json", "score {}", "[" * 100000 + "]" * 100000)
value = copy.deepcopy(base); value["dataReturns"]["media"] = json.loads("[" * 500 + "]" * 500)
recorded("s-deep-return.json", "score {}", json.dumps(value))
value = copy.deepcopy(base); value["force" + ESC + "[2J"] = 1
recorded("s-esc-key.json", "score {}", json.dumps(value), expect_exit=0)
value = copy.deepcopy(base); value["answers"][0]["narrative"] = "x" * 2_000_000
recorded("s-huge-narrative.json", "score {}", json.dumps(value), expect_exit=0)
# Every area's data return with a negative count and a wrong type.
for area, section in base["dataReturns"].items():
    def first_leaf(node, path):
        for key, child in node.items():
            if isinstance(child, dict):
                found = first_leaf(child, path + [key])
                if found: return found
            elif isinstance(child, (int, float)) and not isinstance(child, bool):
                return path + [key]
        return None
    leaf = first_leaf(section, [])
    for label, bad in [("negative", -3), ("text", "many")]:
        value = copy.deepcopy(base)
        target = value["dataReturns"][area]
        for key in leaf[:-1]: target = target[key]
        target[leaf[-1]] = bad
        recorded(f"s-return-{area}-{label}.json", "score {}", json.dumps(value))
# Register exports broken in the ways real exports are.
for register in ["hospitality", "contracts", "suppliers", "interests"]:
    original = open(os.path.join(root, "registers", f"{register}.csv"), encoding="utf-8").read()
    header = original.split("\n")[0]
    variants = {
        "empty": "", "bom-only": "\ufeff", "header-only": header + "\n", "nul": original.replace(",", "\u0000,", 1),
        "short-row": header + "\n" + "x\n", "open-quote": header + "\n\"" + "a" * 50,
    }
    for label, text in variants.items():
        name = f"registers/s-{register}-{label}.csv"
        recorded(name, "crosscheck --%s {} --as-of 2012-05-31" % register + "".join(
            f" --{other} registers/{other}.csv" for other in ["hospitality", "contracts", "suppliers", "interests"] if other != register),
            text, expect_exit=None if label == "header-only" else 1)
# Plans and moderation logs broken at their structure.
for label, mutate in [("no-actions", lambda v: v.pop("actions")), ("status-null", lambda v: v["actions"][0].update(status=None)),
                      ("id-number", lambda v: v["actions"][0].update(id=7)), ("actions-object", lambda v: v.update(actions={}))]:
    value = copy.deepcopy(plan); mutate(value)
    recorded(f"s-plan-{label}.json", "plan --check {} --as-of 2012-06-01", json.dumps(value))
for label, mutate in [("no-entries", lambda v: v.pop("entries")), ("sequence-zero", lambda v: v["entries"][0].update(sequence=0)),
                      ("hash-short", lambda v: v["entries"][0].update(hash="abc"))]:
    value = copy.deepcopy(log); mutate(value)
    recorded(f"s-log-{label}.json", "verify a-ok.json {}", json.dumps(value))
for label, mutate in [("no-areas", lambda c: c.update(areas=[])), ("duplicate-item", lambda c: c["areas"][0]["items"].append(c["areas"][0]["items"][0])),
                      ("unknown-recommendation", lambda c: c["areas"][0]["items"][0]["source"].update(recommendations=["NOPE"]))]:
    value = copy.deepcopy(checklist); mutate(value)
    recorded(f"s-checklist-{label}.json", "checklist validate {}", json.dumps(value, separators=(",", ":")))
with open(os.path.join(root, "index.tsv"), "w", encoding="utf-8") as index:
    index.write("# file\texit\tthe first error line (* stands for any text)\targuments ({} is the file)\n")
    for name, exit_code, first, arguments in rows:
        index.write(f"{name}\t{exit_code}\t{first}\t{arguments}\n")
print(f"{len(rows)} cases in {root}")
