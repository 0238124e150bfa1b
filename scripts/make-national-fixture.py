#!/usr/bin/env python3
"""Write the synthetic national fixture: 44 fictional forces' 2012 revisit assessments.

Every force is invented (names like "Ambervale Constabulary (synthetic)", codes F01-F44);
no real force, person or case is described. The forces' data returns are built so that their
sums across the 44 forces are EXACTLY the national figures HMIC published for September 2011
to May 2012 (Revisiting Police Relationships, 2012; seed 003), and so that every force's own
return reconciles (outcomes add up to its total, parts to wholes) and validates with
`probity validate`.

It also writes small cases beside it, in Fixtures/national-cases/, each a directory that
exercises one coverage report or one bad input: incomplete (items not assessed, no workforce,
an area's data return missing), duplicate-code, not-an-assessment, invalid-return,
mixed-checklists and orphan-moderation.

Usage: scripts/make-national-fixture.py [OUTPUT_DIR [CASES_DIR]]
    default OUTPUT_DIR: Tests/ProbityCLITests/Fixtures/national
    default CASES_DIR:  Tests/ProbityCLITests/Fixtures/national-cases

Standard library only; the random generator is seeded, so the output is the same every run.
Items and their evidence kinds are read from Checklists/revisit-2012.json, so re-run this
script when the checklist's items change.
"""

import json
import os
import random
import sys

SEED = 2012
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CHECKLIST = os.path.join(ROOT, "Checklists", "revisit-2012.json")
PREVIOUS_CHECKLIST = os.path.join(ROOT, "Checklists", "wfof-2011.json")
DEFAULT_OUT = os.path.join(ROOT, "Tests", "ProbityCLITests", "Fixtures", "national")
DEFAULT_CASES = os.path.join(ROOT, "Tests", "ProbityCLITests", "Fixtures", "national-cases")
PERIOD = ("2011-09-01", "2012-05-31")
OUTCOMES = ["continuing", "referredExternally", "noFurtherAction", "managementAction", "leftService"]

# The published national figures (HMIC 2012, Revisiting Police Relationships).
NATIONAL = {
    "integrity": {"total": 2207, "outcomes": [708, 45, 744, 643, 67]},
    "information": {
        "total": 1737,
        "recipients": {"criminals": 364, "friendsFamily": 312, "personalUse": 367, "media": 98, "others": 596},
        "outcomes": [603, 38, 641, 410, 45],
    },
    "media": {"total": 19, "outcomes": [8, 0, 9, 2, 0], "local": 10, "national": 9},
    "gratuities": {"entries": 3512, "gratuities": 1850, "hospitality": 1662, "declined": 476,
                   "investigations": 7, "outcomes": [0, 0, 3, 4, 0]},
    "business": {"total": 3858, "approved": 3714, "refused": 103, "withdrawn": 5, "pending": 36,
                 "investigations": 154, "outcomes": [41, 3, 35, 65, 10], "forcesWithoutInvestigations": 11,
                 "breach": {"drivers": 76, "drivingInstructors": 14, "policeSkillsTraining": 31}},
}

PLACES = [
    "Ambervale", "Brackenmoor", "Caldermere", "Dunholt", "Eskdown", "Fernwick", "Glenharrow", "Hollinford",
    "Ivelmoor", "Kestrelmouth", "Larkhaven", "Marrowdale", "Netherwold", "Orrinsdale", "Pellingfold",
    "Quillbrook", "Rushcombe", "Saltmarren", "Thornbeck", "Ullerby", "Varrowfield", "Wendlecote", "Yarrowmere",
    "Zennor Vale", "Ashgrove Downs", "Birchmoor", "Coldharbour Vale", "Dravenholm", "Elmscar", "Foxmarsh",
    "Greywater", "Harrowgate Fells", "Inchmere", "Juniper Wolds", "Kingsmarren", "Lowfold", "Mistlewick",
    "Norhaven", "Oxlade", "Penhallow Vale", "Redfern Moors", "Silverdune", "Tollmarsh", "Wyvernhurst",
]


def workforces(rng):
    """Officers and staff headcount per force: one very large, a few large, mostly mid-sized."""
    sizes = [48000, 13500, 11200, 9800, 8600, 7400]
    sizes += [rng.randint(3800, 6400) for _ in range(14)]
    sizes += [rng.randint(2300, 3700) for _ in range(16)]
    sizes += [rng.randint(1300, 2200) for _ in range(8)]
    rng.shuffle(sizes)
    return sizes


def allocate(total, weights, minimum=0):
    """Split `total` in proportion to `weights` (largest remainder), each at least `minimum`."""
    count = len(weights)
    spare = total - minimum * count
    assert spare >= 0
    weight_sum = float(sum(weights))
    exact = [spare * w / weight_sum for w in weights]
    shares = [int(x) for x in exact]
    order = sorted(range(count), key=lambda i: (-(exact[i] - shares[i]), i))
    for i in order[: spare - sum(shares)]:
        shares[i] += 1
    return [s + minimum for s in shares]


def scatter(total, weights, rng):
    """Place `total` single cases on forces at random, more often on larger ones."""
    shares = [0] * len(weights)
    for _ in range(total):
        shares[rng.choices(range(len(weights)), weights=weights)[0]] += 1
    return shares


def deal(counts_by_label, sizes, rng):
    """Shuffle labelled cases and deal them to forces in hands of the given sizes."""
    cases = [label for label, count in counts_by_label for _ in range(count)]
    assert len(cases) == sum(sizes), (len(cases), sum(sizes))
    rng.shuffle(cases)
    hands, start = [], 0
    for size in sizes:
        hand = cases[start: start + size]
        hands.append({label: hand.count(label) for label, _ in counts_by_label})
        start += size
    return hands


def outcome_hands(outcomes, sizes, rng):
    return deal(list(zip(OUTCOMES, outcomes)), sizes, rng)


def information_totals(workforce, rng):
    """1,737 investigations shaped like the report: a mean of 39 per force, nine forces with 60
    or more (five over 90), seven with 10 or fewer (one with only 2)."""
    high = [140, 118, 104, 97, 93, 84, 75, 68, 61]
    low = [2, 6, 7, 8, 9, 10, 10]
    rest_total = NATIONAL["information"]["total"] - sum(high) - sum(low)
    rest = allocate(rest_total, [rng.uniform(0.6, 1.4) for _ in range(28)], minimum=11)
    assert max(rest) <= 59, rest
    values = sorted(high + low + rest, reverse=True)
    # Larger forces tend to have more cases; swap neighbours so the order is not exact.
    for i in range(0, len(values) - 1, 2):
        if rng.random() < 0.5:
            values[i], values[i + 1] = values[i + 1], values[i]
    by_size = sorted(range(len(workforce)), key=lambda i: (-workforce[i], i))
    totals = [0] * len(workforce)
    for rank, index in enumerate(by_size):
        totals[index] = values[rank]
    return totals


def business_totals(workforce, rng, high_force, low_force):
    """Second-job applications roughly in proportion to workforce, one force far above the
    rest and one far below."""
    weights = [w * rng.uniform(0.9, 1.1) for w in workforce]
    weights[high_force] = workforce[high_force] * 3.2
    weights[low_force] = workforce[low_force] * 0.05
    return allocate(NATIONAL["business"]["total"], weights, minimum=1)


def build_returns(workforce, rng):
    n = len(workforce)
    small = sorted(range(n), key=lambda i: (workforce[i], i))
    mid = [i for i in range(n) if 1300 <= workforce[i] <= 2200]
    high_rate_force = mid[0]
    bi_high, bi_low = small[10], small[20]
    returns = [dict() for _ in range(n)]

    # Information disclosure: recipients and outcomes dealt independently.
    info = information_totals(workforce, rng)
    info[high_rate_force], info[small[-1]] = info[small[-1]], info[high_rate_force]
    recipients = deal(list(NATIONAL["information"]["recipients"].items()), info, rng)
    info_outcomes = outcome_hands(NATIONAL["information"]["outcomes"], info, rng)

    # Media: 19 cases on a few forces.
    media = scatter(NATIONAL["media"]["total"], workforce, rng)
    reach = deal([("local", NATIONAL["media"]["local"]), ("national", NATIONAL["media"]["national"])], media, rng)
    media_outcomes = outcome_hands(NATIONAL["media"]["outcomes"], media, rng)

    # Gratuities and hospitality.
    g = NATIONAL["gratuities"]
    entries = allocate(g["entries"], [w * rng.uniform(0.5, 1.5) for w in workforce], minimum=8)
    kinds = deal([("gratuity", g["gratuities"]), ("accepted", g["hospitality"] - g["declined"]),
                  ("declined", g["declined"])], entries, rng)
    gh_investigations = scatter(g["investigations"], workforce, rng)
    gh_outcomes = outcome_hands(g["outcomes"], gh_investigations, rng)

    # Second jobs and business interests.
    b = NATIONAL["business"]
    applications = business_totals(workforce, rng, bi_high, bi_low)
    decisions = deal([("approved", b["approved"]), ("refused", b["refused"]), ("withdrawn", b["withdrawn"]),
                      ("pending", b["pending"])], applications, rng)
    approved = [hand["approved"] for hand in decisions]
    breaches = {kind: scatter(total, approved, rng) for kind, total in b["breach"].items()}
    without = set(rng.sample(small[:30], b["forcesWithoutInvestigations"]))
    bi_weights = [0 if i in without else workforce[i] for i in range(n)]
    bi_investigations = [0] * n
    investigating = [i for i in range(n) if i not in without]
    for i, count in zip(investigating, allocate(b["investigations"], [bi_weights[i] for i in investigating], minimum=1)):
        bi_investigations[i] = count
    bi_outcomes = outcome_hands(b["outcomes"], bi_investigations, rng)

    # All integrity investigations: the four areas above plus other integrity cases, whose
    # outcomes make up the difference to the national outcome split.
    integrity = NATIONAL["integrity"]
    parts = [NATIONAL["information"]["outcomes"], NATIONAL["media"]["outcomes"], g["outcomes"], b["outcomes"]]
    other_outcomes = [integrity["outcomes"][k] - sum(p[k] for p in parts) for k in range(5)]
    assert min(other_outcomes) >= 0, other_outcomes
    other = allocate(sum(other_outcomes), [w * rng.uniform(0.5, 1.5) for w in workforce])
    other_hands = outcome_hands(other_outcomes, other, rng)

    for i in range(n):
        hands = [info_outcomes[i], media_outcomes[i], gh_outcomes[i], bi_outcomes[i], other_hands[i]]
        integrity_outcomes = {o: sum(h[o] for h in hands) for o in OUTCOMES}
        total = info[i] + media[i] + gh_investigations[i] + bi_investigations[i] + other[i]
        returns[i]["professional-standards"] = professional_standards(total, integrity_outcomes, workforce[i], rng)
        returns[i]["information"] = information(info[i], recipients[i], info_outcomes[i], workforce[i], rng)
        returns[i]["media"] = media_return(media[i], reach[i], media_outcomes[i], rng)
        returns[i]["gratuities"] = gratuities(entries[i], kinds[i], gh_investigations[i], gh_outcomes[i], rng)
        returns[i]["business-interests"] = business(applications[i], decisions[i], {k: v[i] for k, v in breaches.items()},
                                                    bi_investigations[i], bi_outcomes[i], rng)
        returns[i]["procurement"] = procurement(workforce[i], rng)
        returns[i]["governance"] = governance(workforce[i], rng)
    proactive_checks = set(rng.sample(range(n), n - 3))
    for i in range(n):
        returns[i]["information"]["audits"]["proactive"] = i in proactive_checks
    return returns


def professional_standards(total, outcomes, workforce, rng):
    staff = max(2.0, round(workforce / 600.0 * rng.uniform(0.7, 1.3), 1))
    return {
        "investigations": {"total": total, "outcomes": outcomes, "proactive": int(total * rng.uniform(0.05, 0.3))},
        "acu": {"staff": staff, "staffLastYear": round(staff * rng.choice([1.0, 1.0, 1.0, 0.9, 1.1]), 1),
                "leadRank": rng.choice(["detective-inspector", "detective-inspector", "detective-chief-inspector",
                                        "detective-sergeant", "detective-superintendent"]),
                "collaborative": rng.random() < 0.12},
        "confidentialReporting": {"reports": int(workforce / 400 * rng.uniform(0.3, 2.0))},
        "chiefOfficers": {"checks": rng.randint(0, 6)},
        "vulnerability": {"riskAssessment": rng.random() < 0.7, "financialStressAnalysis": rng.random() < 0.3},
    }


def information(total, recipients, outcomes, workforce, rng):
    referrals = rng.randint(0, 12)
    systems = rng.randint(8, 30)
    return {
        "investigations": {"total": total, "byRecipient": recipients, "outcomes": outcomes},
        "socialMedia": {"investigations": rng.randint(0, 9),
                        "monitoring": rng.choice(["none", "force-accounts", "force-accounts", "personal-accounts"]),
                        "referrals": referrals, "referralsResolved": rng.randint(0, referrals)},
        "audits": {"systems": systems, "systemsAudited": rng.randint(1, systems), "proactive": True,
                   "automated": rng.random() < 0.25},
    }


def media_return(total, reach, outcomes, rng):
    recorded = rng.randint(20, 400)
    return {
        "investigations": {"total": total, "local": reach["local"], "national": reach["national"],
                           "outcomes": outcomes, "suspensions": 1 if total and rng.random() < 0.2 else 0},
        "contacts": {"recorded": recorded, "checked": rng.randint(0, recorded),
                     "checksBeyondMediaTeam": rng.random() < 0.4},
        "liaison": {"formalProcess": rng.random() < 0.6},
        "monitoring": {"email": rng.random() < 0.9, "computerAccess": rng.random() < 0.95,
                       "telephone": rng.random() < 0.7, "routine": rng.random() < 0.35},
    }


def gratuities(entries, kinds, investigations, outcomes, rng):
    chief = rng.randint(0, min(15, entries))
    return {
        "entries": {"total": entries, "gratuities": kinds["gratuity"],
                    "hospitality": kinds["accepted"] + kinds["declined"]},
        "hospitality": {"accepted": kinds["accepted"], "declined": kinds["declined"]},
        "gratuities": {"declined": int(kinds["gratuity"] * rng.uniform(0, 0.2))},
        "chiefOfficers": {"entries": chief, "peerReviewed": rng.randint(0, chief)},
        "investigations": {"total": investigations, "outcomes": outcomes},
    }


def business(total, decisions, breaches, investigations, outcomes, rng):
    with_conditions = int(decisions["approved"] * rng.uniform(0.3, 0.45))
    due = rng.randint(0, decisions["approved"])
    for kind, count in breaches.items():
        assert count <= decisions["approved"], (kind, count)
    return {
        "applications": {"total": total, "approved": decisions["approved"], "refused": decisions["refused"],
                         "withdrawn": decisions["withdrawn"], "pending": decisions["pending"],
                         "approvedWithConditions": with_conditions},
        "reviews": {"due": due, "overdue": rng.randint(0, due // 3),
                    "conditionsChecked": rng.randint(0, with_conditions)},
        "breachApprovals": breaches,
        "investigations": {"total": investigations, "outcomes": outcomes},
    }


def procurement(workforce, rng):
    held = int(workforce / 40 * rng.uniform(0.5, 1.5)) + 5
    contracts = rng.randint(20, 160)
    outsourced = rng.randint(0, 12)
    return {
        "cards": {"held": held, "heldLastYear": held + rng.randint(0, 6),
                  "transactionChecks": rng.choice(["line-manager-only", "corporate-sample", "corporate-sample", "corporate-all"]),
                  "justificationChecked": rng.random() < 0.6},
        "lowLevelSpend": {"monitoring": rng.choice(["budget-holder-discretion", "local", "corporate", "corporate"])},
        "contracts": {"awarded": contracts},
        "psd": {"reviewsProcurement": rng.random() < 0.5, "contractsReviewed": rng.randint(0, contracts // 4)},
        "outsourcing": {"contracts": outsourced, "withVetting": rng.randint(0, outsourced),
                        "withStandards": rng.randint(0, outsourced)},
    }


def governance(workforce, rng):
    eligible = workforce
    senior = max(8, workforce // 250)
    cases = rng.randint(2, 40)
    actions = rng.randint(8, 40)
    return {
        "training": {"eligible": eligible, "trained": int(eligible * rng.uniform(0.3, 1.0)),
                     "seniorLeaders": senior, "seniorLeadersTrained": rng.randint(0, senior)},
        "knowledge": {"assessed": int(eligible * rng.uniform(0.0, 0.3))},
        "board": {"meetings": rng.randint(1, 9), "staffAssociationsAttend": rng.random() < 0.7},
        "misconduct": {"cases": cases, "outcomesPublished": rng.randint(0, cases)},
        "oversight": {"reportsToPcc": rng.randint(0, 4)},
        "chiefOfficers": {"policyBreaches": 1 if rng.random() < 0.1 else 0},
        "actionPlan": {"actions": actions, "completed": rng.randint(0, actions)},
    }


KIND_TITLES = {
    "policy": "policy", "procedure": "procedure", "register": "register extract", "minutes": "board minutes",
    "training-record": "training records", "audit": "audit report", "data-return": "data return",
    "interview-note": "focus-group notes", "other": "supporting note",
}


def answers_and_evidence(checklist, quality, rng):
    """Each item's status from the force's quality, met answers always citing evidence, and an
    evidence register in which every record supports the answers that cite it."""
    answers, records = [], {}
    for area in checklist["areas"]:
        prefix = area["items"][0]["id"].split("-")[0]
        for item in area["items"]:
            roll = rng.random()
            if roll < 0.02:
                answers.append({"item": item["id"], "status": "not-applicable",
                                "reason": "Synthetic fixture: the practice does not arise in this force."})
                continue
            status = "met" if roll < quality else ("partially-met" if roll < quality + (1 - quality) * 0.6 else "not-met")
            answer = {"item": item["id"], "status": status}
            if status == "not-met":
                answer["narrative"] = "Not yet in place (synthetic)."
            elif status == "met" or rng.random() < 0.7:
                kind = rng.choice(item["evidenceKinds"])
                record_id = "EV-%s-%s" % (prefix, kind.upper())
                record = records.setdefault(record_id, {
                    "id": record_id, "kind": kind,
                    "title": "%s %s (synthetic)" % (area["title"], KIND_TITLES.get(kind, kind)),
                    "date": "2012-%02d-%02d" % (rng.randint(1, 5), rng.randint(1, 28)), "supports": []})
                record["supports"].append(item["id"])
                answer["evidence"] = [record_id]
            else:
                answer["narrative"] = "Partly in place; evidence being gathered (synthetic)."
            answers.append(answer)
    return answers, [records[key] for key in sorted(records)]


def is_leaf(value):
    """An object or array holding only scalars (or arrays of scalars): written on one line."""
    items = value.values() if isinstance(value, dict) else value
    return all(not isinstance(v, (dict, list)) or (isinstance(v, list) and all(not isinstance(x, (dict, list)) for x in v))
               for v in items)


def dumps(value, indent=""):
    """Pretty JSON with sorted keys, each answer, evidence record or small group on one line
    (the files stay readable and small)."""
    if isinstance(value, (dict, list)) and (not value or is_leaf(value)):
        return json.dumps(value, sort_keys=True, separators=(", ", ": "))
    inner = indent + "  "
    if isinstance(value, dict):
        parts = ["%s%s: %s" % (inner, json.dumps(key), dumps(value[key], inner)) for key in sorted(value)]
        return "{\n" + ",\n".join(parts) + "\n" + indent + "}"
    if isinstance(value, list):
        return "[\n" + ",\n".join(inner + dumps(item, inner) for item in value) + "\n" + indent + "]"
    return json.dumps(value)


def write_json(path, value):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(dumps(value) + "\n")


def clear(directory):
    """Remove the JSON files a previous run wrote (never anything else)."""
    if not os.path.isdir(directory):
        return
    for root, _, files in os.walk(directory):
        for name in files:
            if name.endswith(".json"):
                os.remove(os.path.join(root, name))


def blank(checklist, code, name):
    """An assessment with every item not yet assessed, as `probity init` writes it."""
    return {
        "schemaVersion": 1,
        "force": {"name": name, "code": code, "workforce": 2500},
        "year": checklist["year"],
        "period": {"start": "2010-04-01", "end": "2011-03-31"},
        "checklist": {"id": checklist["id"], "version": checklist["version"]},
        "completedBy": {"role": "Professional Standards Department"},
        "answers": [{"item": item["id"], "status": "not-assessed"} for area in checklist["areas"] for item in area["items"]],
        "evidence": [],
    }


def write_cases(cases, forces):
    """Small directories, each exercising one coverage report or one bad input."""
    first, second, third = (json.loads(json.dumps(force)) for force in forces[:3])
    # incomplete: three items of F02 not assessed; F03 without workforce or media figures.
    for answer in second["answers"][:3]:
        for key in ("evidence", "narrative", "reason"):
            answer.pop(key, None)
        answer["status"] = "not-assessed"
    cited = {ev for answer in second["answers"] for ev in answer.get("evidence", [])}
    second["evidence"] = [record for record in second["evidence"] if record["id"] in cited]
    for record in second["evidence"]:
        record["supports"] = [a["item"] for a in second["answers"] if record["id"] in a.get("evidence", [])]
    del third["force"]["workforce"]
    del third["dataReturns"]["media"]
    for index, force in enumerate([first, second, third]):
        write_json(os.path.join(cases, "incomplete", "force-%02d.json" % (index + 1)), force)
    # duplicate-code: two files for F01.
    twin = json.loads(json.dumps(forces[1]))
    twin["force"]["code"] = first["force"]["code"]
    write_json(os.path.join(cases, "duplicate-code", "a-force.json"), first)
    write_json(os.path.join(cases, "duplicate-code", "b-force.json"), twin)
    # not-an-assessment: a stray JSON file among the assessments.
    write_json(os.path.join(cases, "not-an-assessment", "force-01.json"), first)
    write_json(os.path.join(cases, "not-an-assessment", "meeting-notes.json"),
               {"title": "Integrity board notes (synthetic)", "attendees": 7})
    # invalid-return: information outcomes that do not add up to the total.
    broken = json.loads(json.dumps(first))
    broken["dataReturns"]["information"]["investigations"]["outcomes"]["continuing"] += 1
    write_json(os.path.join(cases, "invalid-return", "force-01.json"), broken)
    # mixed-checklists: one force answering the 2011 checklist.
    with open(PREVIOUS_CHECKLIST, encoding="utf-8") as handle:
        previous = json.load(handle)
    write_json(os.path.join(cases, "mixed-checklists", "force-01.json"), first)
    write_json(os.path.join(cases, "mixed-checklists", "force-02.json"),
               blank(previous, "F02", "Brackenmoor Constabulary (synthetic)"))
    # orphan-moderation: a moderation log with no assessment beside it.
    write_json(os.path.join(cases, "orphan-moderation", "force-01.json"), first)
    write_json(os.path.join(cases, "orphan-moderation", "force-09.moderation.json"),
               {"schemaVersion": 1, "note": "synthetic placeholder; never read"})


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else DEFAULT_OUT
    cases = sys.argv[2] if len(sys.argv) > 2 else DEFAULT_CASES
    with open(CHECKLIST, encoding="utf-8") as handle:
        checklist = json.load(handle)
    rng = random.Random(SEED)
    workforce = workforces(rng)
    returns = build_returns(workforce, rng)
    check_totals(returns)
    forces = []
    for index, place in enumerate(PLACES):
        quality = rng.uniform(0.35, 0.9)
        answers, evidence = answers_and_evidence(checklist, quality, rng)
        forces.append({
            "schemaVersion": 1,
            "force": {"name": "%s Constabulary (synthetic)" % place, "code": "F%02d" % (index + 1),
                      "workforce": workforce[index]},
            "year": 2012,
            "period": {"start": PERIOD[0], "end": PERIOD[1]},
            "checklist": {"id": checklist["id"], "version": checklist["version"]},
            "completedBy": {"role": "Professional Standards Department"},
            "answers": answers,
            "evidence": evidence,
            "dataReturns": returns[index],
        })
    for code, area in UNASSESSED_AREAS.items():
        leave_unassessed(forces[int(code[1:]) - 1], checklist, area)
    clear(out)
    clear(cases)
    for index, force in enumerate(forces):
        write_json(os.path.join(out, "force-%02d.json" % (index + 1)), force)
    write_cases(cases, forces)
    print("wrote %d assessments to %s and the cases to %s" % (len(forces), os.path.relpath(out, ROOT), os.path.relpath(cases, ROOT)))


# Two forces that assessed nothing of one area, so that area is not graded for them and their
# overall grade is provisional: the national view counts them in a column of their own. Applied
# after the seeded draws, so every other figure and answer is unchanged.
UNASSESSED_AREAS = {"F07": "media", "F21": "governance"}


def leave_unassessed(force, checklist, area_id):
    """Every item of one area not assessed, and evidence no other answer cites dropped."""
    items = {item["id"] for area in checklist["areas"] if area["id"] == area_id for item in area["items"]}
    force["answers"] = [{"item": a["item"], "status": "not-assessed"} if a["item"] in items else a for a in force["answers"]]
    cited = {record for answer in force["answers"] for record in answer.get("evidence", [])}
    kept = []
    for record in force["evidence"]:
        record["supports"] = [item for item in record["supports"] if item not in items]
        if record["id"] in cited:
            kept.append(record)
    force["evidence"] = kept


def check_totals(returns):
    """Refuse to finish unless the 44 returns add up to the published national figures."""
    def total(area, *path):
        value = 0
        for ret in returns:
            node = ret[area]
            for key in path:
                node = node[key]
            value += node
        return value

    expected = {
        ("professional-standards", "investigations", "total"): 2207,
        ("information", "investigations", "total"): 1737,
        ("media", "investigations", "total"): 19,
        ("gratuities", "entries", "total"): 3512,
        ("gratuities", "entries", "gratuities"): 1850,
        ("gratuities", "entries", "hospitality"): 1662,
        ("gratuities", "hospitality", "declined"): 476,
        ("gratuities", "investigations", "total"): 7,
        ("business-interests", "applications", "total"): 3858,
        ("business-interests", "applications", "approved"): 3714,
        ("business-interests", "applications", "refused"): 103,
        ("business-interests", "applications", "withdrawn"): 5,
        ("business-interests", "applications", "pending"): 36,
        ("business-interests", "investigations", "total"): 154,
        ("business-interests", "breachApprovals", "drivers"): 76,
        ("business-interests", "breachApprovals", "drivingInstructors"): 14,
        ("business-interests", "breachApprovals", "policeSkillsTraining"): 31,
    }
    for name, value in zip(OUTCOMES, NATIONAL["integrity"]["outcomes"]):
        expected[("professional-standards", "investigations", "outcomes", name)] = value
    for name, value in zip(OUTCOMES, NATIONAL["information"]["outcomes"]):
        expected[("information", "investigations", "outcomes", name)] = value
    for name, value in NATIONAL["information"]["recipients"].items():
        expected[("information", "investigations", "byRecipient", name)] = value
    for name, value in zip(OUTCOMES, NATIONAL["business"]["outcomes"]):
        expected[("business-interests", "investigations", "outcomes", name)] = value
    for key, value in expected.items():
        actual = total(*key)
        assert actual == value, "%s: %d, expected %d" % (".".join(key), actual, value)
    zero = sum(1 for ret in returns if ret["business-interests"]["investigations"]["total"] == 0)
    assert zero == NATIONAL["business"]["forcesWithoutInvestigations"], zero


if __name__ == "__main__":
    main()
