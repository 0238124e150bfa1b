#!/usr/bin/env python3
"""One-off helper kept for the record: adds the judgement rules, evidence sources, document
statuses, item titles and key items to the shipped checklists (issue 9). Idempotent."""
import json, sys, collections

SOURCES = [
    {"id": "force", "label": "The force's own documents or data", "origin": "force", "factor": 1.0},
    {"id": "inspectorate-interview", "label": "Inspectorate interview", "origin": "inspectorate", "factor": 1.0},
    {"id": "inspectorate-focus-group", "label": "Inspectorate focus group", "origin": "inspectorate", "factor": 1.0},
    {"id": "inspectorate-reality-test", "label": "Inspectorate reality test", "origin": "inspectorate", "factor": 1.0},
    {"id": "inspectorate-document-review", "label": "Inspectorate document review", "origin": "inspectorate", "factor": 1.0},
    {"id": "external-research", "label": "External research (such as HMIC's social-media research)", "origin": "external", "factor": 0.8},
]
STATUSES = [
    {"id": "in-force", "label": "In force", "factor": 1.0},
    {"id": "under-review", "label": "Under review", "factor": 0.8},
    {"id": "draft", "label": "Draft", "factor": 0.5},
    {"id": "superseded", "label": "Superseded", "factor": 0.3},
]
JUDGEMENT = {
    "answerFindings": [
        {"status": "not-met", "kind": "area-for-improvement", "keyKind": "cause-of-concern"},
        {"status": "partially-met", "kind": "area-for-improvement", "keyKind": "area-for-improvement"},
    ],
    "strengths": {
        "keyItemsOnly": True, "status": "met",
        "sources": ["force", "inspectorate-interview", "inspectorate-focus-group", "inspectorate-reality-test",
                    "inspectorate-document-review"],
        "requireInPeriod": True, "documentStatuses": ["in-force"], "sufficiency": ["sampled", "tested"],
    },
    "penaliseAnswerFindings": False,
    "grading": {"minAreaCoverage": 0.5, "minGradedWeight": 0.5},
    "progress": {
        "minComparableItems": 1,
        "levels": [
            {"id": "substantial-progress", "label": "Substantial progress", "minIndex": 0.75,
             "meaning": "Most weaknesses found before have been resolved or improved and few persist; nothing has got worse."},
            {"id": "some-progress", "label": "Some progress", "minIndex": 0.25,
             "meaning": "Improvements clearly outweigh what has got worse, but weaknesses persist."},
            {"id": "limited-progress", "label": "Limited progress", "minIndex": 0.01,
             "meaning": "A little more has improved than has got worse; most weaknesses persist."},
            {"id": "no-progress", "label": "No progress", "minIndex": -0.25,
             "meaning": "Nothing has improved, or improvements are matched by new weaknesses."},
            {"id": "deteriorated", "label": "Deteriorated", "minIndex": -1.0,
             "meaning": "More has got worse than has improved."},
        ],
    },
}
# Key items: the practices whose absence an inspector treats as a cause of concern and whose
# presence, shown by strong evidence, is a strength. See docs/checklist-format.md.
KEY_2012 = ["MR-01", "MR-02", "IS-01", "IS-02", "IS-03", "IS-06", "GH-01", "GH-03", "GH-06", "BI-01", "BI-02",
            "BI-03", "PC-01", "PC-05", "PS-01", "PS-02", "PS-04", "PS-05", "PS-11", "GV-01", "GV-02", "GV-05", "GV-08"]

def main():
    titles = json.load(open(sys.argv[1])) if len(sys.argv) > 1 else {}
    for name in ["wfof-2011", "revisit-2012"]:
        path = f"Checklists/{name}.json"
        data = json.load(open(path), object_pairs_hook=collections.OrderedDict)
        out = collections.OrderedDict()
        for key, value in data.items():
            out[key] = value
            if key == "evidenceKinds":
                out["evidenceSources"] = SOURCES
                out["documentStatuses"] = STATUSES
        data = out
        data["scoring"]["evidence"]["currentMonthsAfterPeriod"] = 3
        data["scoring"]["judgement"] = JUDGEMENT
        ids = {item["id"] for area in data["areas"] for item in area["items"]}
        keys = [key for key in KEY_2012 if key in ids]
        for area in data["areas"]:
            new_items = []
            for item in area["items"]:
                ordered = collections.OrderedDict()
                ordered["id"] = item["id"]
                title = titles.get(name, {}).get(item["id"]) or item.get("title")
                if title:
                    ordered["title"] = title
                for k, v in item.items():
                    if k in ("id", "title", "key"):
                        continue
                    ordered[k] = v
                if item["id"] in keys:
                    ordered["key"] = True
                new_items.append(ordered)
            area["items"] = new_items
        with open(path, "w") as f:
            json.dump(data, f, indent=2, ensure_ascii=False)
            f.write("\n")

main()
