#!/usr/bin/env python3
"""Writes the bundled demo force: docs/examples/northshire-2011.json and northshire-2012.json.

Northshire Constabulary is fictional. Its 2012 story follows what HMIC published about one
force in 2012 (the Lancashire press release in the seeds: an integrity health check with
numerous actions, policies being updated, no media-disclosure investigations, ACU staffing
unchanged, three social-media referrals, 145 second-job applications of which 140 approved);
every other figure is synthetic. Names in the registers are invented.

Run after changing the checklists, then scripts/embed-checklists. Deterministic.
"""
import json
import pathlib

ROOT = pathlib.Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "examples"

FORCE = {"name": "Northshire Constabulary", "code": "NS"}

# Documents in the evidence register: id -> (kind, title, date or None, owner, location)
DOCS_2011 = {
    "EV-01": ("policy", "Media relations policy (2008 edition)", "2008-06-01", "Corporate Communications", "Intranet / Policies"),
    "EV-02": ("policy", "Information security policy", "2010-11-15", "Information Management", "Intranet / Policies"),
    "EV-03": ("register", "Gifts and hospitality registers (three departmental books)", None, "Departmental heads", "Paper registers at HQ"),
    "EV-04": ("policy", "Business interests and additional occupations policy", "2009-02-01", "HR", "Intranet / Policies"),
    "EV-05": ("data-return", "Anti-corruption unit staffing return 2010/11", "2011-03-31", "PSD", "PSD share / returns"),
    "EV-06": ("minutes", "Professional standards meeting minutes", "2011-01-20", "PSD", "PSD share / minutes"),
    "EV-07": ("procedure", "Corporate card procedure", None, "Finance", "Finance share"),
    "EV-08": ("interview-note", "Focus group notes, response officers", "2011-02-10", "PSD", "PSD share / health check"),
    "EV-09": ("audit", "PNC audit report 2010", "2010-09-30", "Information Management", "IM share / audits"),
    "EV-10": ("training-record", "Induction training records (integrity module)", "2011-03-01", "Learning and Development", "Training system"),
}
DOCS_2012 = {
    "EV-01": ("policy", "Media relations policy v4 (ACPO interim guidance)", "2012-04-20", "Corporate Communications", "Intranet / Policies"),
    "EV-02": ("register", "Media contact log", "2012-05-31", "Corporate Communications", "Comms share / media log"),
    "EV-03": ("minutes", "Communications and PSD liaison meeting minutes", "2012-03-14", "PSD", "PSD share / minutes"),
    "EV-04": ("policy", "Information security and acceptable use policy", "2012-01-09", "Information Management", "Intranet / Policies"),
    "EV-05": ("audit", "Force systems audit programme 2011/12", "2012-04-30", "Information Management", "IM share / audits"),
    "EV-06": ("policy", "Social media policy (draft, under review)", "2012-02-01", "Corporate Communications", "Intranet / Consultations"),
    "EV-07": ("register", "Gifts and hospitality register (single electronic register)", "2012-05-31", "PSD", "PSD integrity system"),
    "EV-08": ("policy", "Gifts, gratuities and hospitality policy v3", "2012-03-01", "PSD", "Intranet / Policies"),
    "EV-09": ("procedure", "Corporate card and low-level spend procedure", "2011-12-01", "Finance", "Finance share"),
    "EV-10": ("procedure", "Procurement integrity procedure (declarations of interest)", "2011-10-03", "Procurement", "Procurement share"),
    "EV-11": ("register", "Business interests register", "2012-05-31", "PSD", "PSD integrity system"),
    "EV-12": ("policy", "Business interests and additional occupations policy v2", "2012-02-15", "PSD", "Intranet / Policies"),
    "EV-13": ("data-return", "HMIC data return September 2011 to May 2012", "2012-06-08", "PSD", "PSD share / returns"),
    "EV-14": ("procedure", "Counter-corruption strategy and ACU tasking procedure", "2011-11-21", "PSD", "PSD share"),
    "EV-15": ("minutes", "Integrity board minutes (with Federation and Unison)", "2012-05-09", "Deputy Chief Constable", "Corporate share / integrity board"),
    "EV-16": ("training-record", "Integrity e-learning completion report", "2012-05-25", "Learning and Development", "Training system"),
    "EV-17": ("minutes", "Police authority professional standards committee minutes", "2012-04-18", "Police authority", "Authority website"),
    "EV-18": ("interview-note", "Focus group notes, neighbourhood teams", "2012-07-12", "HMIC fieldwork", "PSD share / health check"),
    "EV-19": ("other", "Integrity health check action plan", None, "Deputy Chief Constable", "Corporate share"),
}

# Per-item answers: item -> (status, evidence ids, narrative). Unlisted items use the area default.
DEFAULT_2011 = ("partially-met", None, "Arrangements exist in part; to be reviewed after the 2011 inspection.")
AREA_EVIDENCE_2011 = {
    "media": ["EV-01"], "information": ["EV-02"], "gratuities": ["EV-03"], "procurement": ["EV-07"],
    "business-interests": ["EV-04"], "professional-standards": ["EV-06"], "governance": ["EV-10"],
}
ANSWERS_2011 = {
    "MR-01": ("partially-met", ["EV-01"], "Policy dates from 2008 and does not cover recording contacts."),
    "MR-02": ("not-met", [], "Contacts with journalists are not recorded outside the press office."),
    "MR-03": ("not-met", [], ""),
    "MR-05": ("partially-met", [], "Telephone and email can be searched on request."),
    "IS-01": ("met", ["EV-02"], "Information security policy in place."),
    "IS-03": ("partially-met", ["EV-09"], "PNC audited; other systems not."),
    "IS-04": ("not-met", [], "No checks on systems other than the PNC."),
    "GH-01": ("not-met", ["EV-03"], "Three separate departmental registers."),
    "GH-02": ("not-met", [], "Declined offers are not recorded."),
    "GH-05": ("not-met", [], ""),
    "GH-06": ("not-met", [], "Chief officers' entries are not challenged."),
    "PC-01": ("partially-met", ["EV-07"], "Cards issued by Finance; no central review of holders."),
    "PC-02": ("not-met", [], "Line managers check amounts only."),
    "PC-03": ("not-met", [], "Low-level spend left to budget holders."),
    "PC-06": ("not-met", [], ""),
    "BI-01": ("partially-met", ["EV-04"], "Policy in place (2009), applied inconsistently to police staff."),
    "BI-05": ("not-met", [], "Approved applications are not reviewed."),
    "PS-02": ("partially-met", ["EV-05"], "ACU of four staff, largely reactive."),
    "PS-03": ("not-met", ["EV-05"], "ACU led by a detective sergeant."),
    "PS-05": ("met", ["EV-06"], "Confidential reporting line operated by PSD."),
    "GV-01": ("partially-met", ["EV-06"], ""),
    "GV-03": ("not-met", ["EV-08"], "Staff could not name the integrity lead."),
    "GV-07": ("partially-met", ["EV-10"], "Integrity covered at induction only."),
    "IS-02": ("met", ["EV-02"], "Acceptable use covers personal social media."),
    "IS-05": ("met", ["EV-09"], "External access tested in the 2010 audit."),
    "IS-06": ("met", ["EV-10"], "Information security module at induction and annual refresher."),
    "GH-04": ("met", ["EV-03"], "Registers signed off monthly by departmental heads."),
    "PC-05": ("met", ["EV-07"], "Staff in a tendering process sign a declaration of interests."),
    "PC-04": ("partially-met", ["EV-07"], "PSD is consulted on large contracts only."),
    "BI-02": ("met", ["EV-04"], "HR keeps a register of approved interests."),
    "BI-07": ("met", ["EV-06"], "PSD investigates undeclared second jobs when reported."),
    "PS-01": ("met", ["EV-06"], "Annual counter-corruption threat assessment."),
    "PS-04": ("partially-met", ["EV-06"], "Intelligence is developed when received."),
    "PS-07": ("met", ["EV-05"], "ACU staff have completed the national course."),
    "GV-04": ("met", ["EV-06"], "Chief officers publish their own register entries."),
    "GV-06": ("partially-met", ["EV-10"], ""),
    "GV-09": ("not-assessed", [], ""),
    "GV-10": ("not-assessed", [], ""),
}
DEFAULT_2012 = ("met", None, "In place; see the evidence cited.")
AREA_EVIDENCE_2012 = {
    "media": ["EV-01"], "information": ["EV-04"], "gratuities": ["EV-08"], "procurement": ["EV-10"],
    "business-interests": ["EV-12"], "professional-standards": ["EV-14"], "governance": ["EV-15"],
}
ANSWERS_2012 = {
    "MR-02": ("met", ["EV-02"], "All contacts with journalists are logged centrally since April 2012."),
    "MR-03": ("partially-met", ["EV-02"], "PSD dip-samples the log for the press office only."),
    "MR-04": ("met", ["EV-03"], "Monthly liaison meeting between Communications and PSD."),
    "MR-09": ("met", [], "Senior officers are aware of the guidance."),
    "IS-03": ("met", ["EV-05"], "Audit programme covers the PNC, email, internet and the crime system."),
    "IS-10": ("not-met", [], "Personal accounts are not monitored."),
    "IS-11": ("partially-met", ["EV-06"], "Social media policy in draft."),
    "GH-01": ("met", ["EV-07"], "Single electronic register overseen by PSD since January 2012."),
    "GH-02": ("met", ["EV-07", "EV-08"], "The policy requires declined offers to be recorded."),
    "GH-05": ("met", ["EV-07"], "PSD checks entries against known contractors."),
    "GH-09": ("partially-met", ["EV-15"], "Chief officers discuss offers at the weekly meeting."),
    "GH-10": ("not-met", [], "No unannounced checks yet."),
    "PC-02": ("met", ["EV-09"], "Finance samples card transactions for justification each month."),
    "PC-06": ("met", ["EV-10"], "Declarations of interest are checked against the supplier list."),
    "PC-08": ("not-applicable", [], "", "The force has no outsourced services (call handling and back office are in house)."),
    "PC-09": ("not-applicable", [], "", "No outsourced services."),
    "BI-02": ("met", ["EV-11"], "Register held by PSD; summary published on the intranet."),
    "BI-04": ("met", ["EV-12"], "Applications are assessed by PSD against the policy."),
    "BI-05": ("met", ["EV-11"], "Approved interests are reviewed annually."),
    "BI-10": ("partially-met", ["EV-11"], "Conditions are checked at annual review only."),
    "PS-02": ("partially-met", ["EV-13"], "Four staff, unchanged since 2011."),
    "PS-03": ("met", ["EV-13"], "Led by a detective inspector since 2011."),
    "PS-08": ("not-assessed", [], ""),
    "PS-10": ("partially-met", ["EV-14"], "Financial stress is considered when intelligence suggests it."),
    "GV-01": ("met", ["EV-19"], "Health check completed in 2012 with an action plan overseen by the DCC."),
    "GV-02": ("met", ["EV-15"], "Integrity board meets quarterly with staff associations."),
    "GV-07": ("met", ["EV-16"], "Integrity e-learning for all staff."),
    "GV-08": ("partially-met", ["EV-17"], "The authority receives reports but rarely challenges them."),
    "GV-11": ("partially-met", [], "Outcomes published internally for some cases."),
    "GV-12": ("partially-met", ["EV-18"], "Knowledge checked through the e-learning test only."),
    "GV-13": ("not-met", [], "No integrity training for chief officers yet."),
    "GV-16": ("not-assessed", [], ""),
}

RETURNS_2011 = {
    "media": {"investigations": {"total": 1, "local": 1, "national": 0,
              "outcomes": {"continuing": 0, "referredExternally": 0, "noFurtherAction": 1, "managementAction": 0, "leftService": 0}},
              "contacts": {"recorded": 0}, "liaison": {"formalProcess": False},
              "monitoring": {"email": True, "telephone": True, "computerAccess": False, "routine": False}},
    "information": {"investigations": {"total": 45,
                    "byRecipient": {"criminals": 9, "friendsFamily": 8, "personalUse": 10, "media": 2, "others": 16},
                    "outcomes": {"continuing": 8, "referredExternally": 1, "noFurtherAction": 20, "managementAction": 14, "leftService": 2}},
                    "audits": {"systems": 8, "systemsAudited": 1, "proactive": False}},
    "gratuities": {"entries": {"total": 140, "gratuities": 90, "hospitality": 50},
                   "hospitality": {"accepted": 50, "declined": 0}, "gratuities": {"declined": 0},
                   "chiefOfficers": {"entries": 6, "peerReviewed": 0}},
    "procurement": {"cards": {"held": 140, "transactionChecks": "line-manager-only", "justificationChecked": False},
                    "lowLevelSpend": {"monitoring": "budget-holder-discretion"}, "psd": {"reviewsProcurement": False}},
    "business-interests": {"applications": {"total": 120, "approved": 115, "refused": 3, "withdrawn": 0, "pending": 2,
                           "approvedWithConditions": 20}},
    "professional-standards": {"investigations": {"total": 60, "proactive": 3,
                               "outcomes": {"continuing": 10, "referredExternally": 2, "noFurtherAction": 25, "managementAction": 20, "leftService": 3}},
                               "acu": {"staff": 4, "leadRank": "detective-sergeant"}},
    "governance": {"training": {"eligible": 6100, "trained": 1200, "seniorLeaders": 12, "seniorLeadersTrained": 2},
                   "board": {"meetings": 1, "staffAssociationsAttend": False}},
}
RETURNS_2012 = {
    "media": {"investigations": {"total": 0, "local": 0, "national": 0,
              "outcomes": {"continuing": 0, "referredExternally": 0, "noFurtherAction": 0, "managementAction": 0, "leftService": 0}},
              "contacts": {"recorded": 96, "checked": 12, "checksBeyondMediaTeam": False}, "liaison": {"formalProcess": True},
              "monitoring": {"email": True, "telephone": True, "computerAccess": True, "routine": False}},
    "information": {"investigations": {"total": 41,
                    "byRecipient": {"criminals": 8, "friendsFamily": 7, "personalUse": 9, "media": 0, "others": 17},
                    "outcomes": {"continuing": 14, "referredExternally": 1, "noFurtherAction": 13, "managementAction": 12, "leftService": 1}},
                    "socialMedia": {"investigations": 4, "monitoring": "force-accounts", "referrals": 3, "referralsResolved": 1},
                    "audits": {"systems": 8, "systemsAudited": 5, "proactive": True, "automated": False}},
    "gratuities": {"entries": {"total": 12, "gratuities": 3, "hospitality": 9},
                   "hospitality": {"accepted": 9, "declined": 0}, "gratuities": {"declined": 0},
                   "chiefOfficers": {"entries": 3, "peerReviewed": 2},
                   "investigations": {"total": 1, "outcomes": {"continuing": 0, "referredExternally": 0, "noFurtherAction": 0, "managementAction": 1, "leftService": 0}}},
    "procurement": {"cards": {"held": 120, "heldLastYear": 140, "transactionChecks": "corporate-sample", "justificationChecked": True},
                    "lowLevelSpend": {"monitoring": "corporate"}, "contracts": {"awarded": 10},
                    "psd": {"reviewsProcurement": True, "contractsReviewed": 4}, "outsourcing": {"contracts": 0}},
    "business-interests": {"applications": {"total": 145, "approved": 140, "refused": 3, "withdrawn": 0, "pending": 2,
                           "approvedWithConditions": 48},
                           "reviews": {"due": 60, "overdue": 4, "conditionsChecked": 30},
                           "breachApprovals": {"drivers": 0, "drivingInstructors": 1, "policeSkillsTraining": 0},
                           "investigations": {"total": 3, "outcomes": {"continuing": 1, "referredExternally": 0, "noFurtherAction": 1, "managementAction": 1, "leftService": 0}}},
    "professional-standards": {"investigations": {"total": 54, "proactive": 8,
                               "outcomes": {"continuing": 18, "referredExternally": 1, "noFurtherAction": 17, "managementAction": 16, "leftService": 2}},
                               "acu": {"staff": 4, "staffLastYear": 4, "leadRank": "detective-inspector", "collaborative": False},
                               "confidentialReporting": {"reports": 6}},
    "governance": {"training": {"eligible": 5800, "trained": 4100, "seniorLeaders": 12, "seniorLeadersTrained": 5},
                   "knowledge": {"assessed": 4100}, "board": {"meetings": 3, "staffAssociationsAttend": True},
                   "misconduct": {"cases": 20, "outcomesPublished": 8}, "oversight": {"reportsToPcc": 3},
                   "actionPlan": {"actions": 40, "completed": 28}},
}


def checklist_items(name):
    data = json.loads((ROOT / "Checklists" / name).read_text())
    return data, [(a["id"], i["id"]) for a in data["areas"] for i in a["items"]]


def answers(items, table, default, area_evidence=None):
    result = []
    for area, item in items:
        entry = table.get(item)
        if entry is None:
            status, evidence, narrative = default
            evidence = list(area_evidence[area]) if area_evidence and evidence is None else []
            reason = None
        else:
            status, evidence, narrative, *rest = entry
            reason = rest[0] if rest else None
        answer = {"item": item, "status": status}
        if narrative:
            answer["narrative"] = narrative
        if evidence:
            answer["evidence"] = evidence
        if reason:
            answer["reason"] = reason
        result.append(answer)
    return result


def evidence_register(docs, answer_list):
    supports = {}
    for answer in answer_list:
        for ev in answer.get("evidence", []):
            supports.setdefault(ev, []).append(answer["item"])
    records = []
    for ev, (kind, title, date, owner, location) in docs.items():
        record = {"id": ev, "kind": kind, "title": title}
        if date:
            record["date"] = date
        record.update({"owner": owner, "location": location, "supports": supports.get(ev, [])})
        records.append(record)
    return records


def assessment(checklist_file, year, period, workforce, table, default, docs, returns, area_evidence=None, registers=None):
    data, items = checklist_items(checklist_file)
    answer_list = answers(items, table, default, area_evidence)
    doc = {
        "schemaVersion": 1,
        "force": dict(FORCE, workforce=workforce),
        "year": year,
        "period": period,
        "checklist": {"id": data["id"], "version": data["version"]},
        "completedBy": {"role": "Head of Professional Standards", "date": f"{year}-06-15"},
        "answers": answer_list,
        "evidence": evidence_register(docs, answer_list),
        "dataReturns": returns,
    }
    if registers:
        doc["registers"] = registers
    return doc


def write(name, doc):
    path = OUT / name
    path.write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n")
    print(f"wrote {path.relative_to(ROOT)}")


def main():
    write("northshire-2011.json", assessment(
        "wfof-2011.json", 2011, {"start": "2010-04-01", "end": "2011-03-31"}, 6100,
        ANSWERS_2011, DEFAULT_2011, DOCS_2011, RETURNS_2011, AREA_EVIDENCE_2011))
    write("northshire-2012.json", assessment(
        "revisit-2012.json", 2012, {"start": "2011-09-01", "end": "2012-05-31"}, 5800,
        ANSWERS_2012, DEFAULT_2012, DOCS_2012, RETURNS_2012, AREA_EVIDENCE_2012,
        {"hospitality": "registers/hospitality.csv", "contracts": "registers/contracts.csv",
         "suppliers": "registers/suppliers.csv", "interests": "registers/interests.csv", "asOf": "2012-05-31"}))


if __name__ == "__main__":
    main()
