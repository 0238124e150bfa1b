/// The shipped rules, as data.  Every parameter is described in `docs/crosscheck.md`; a
/// rules file (`--rules FILE`) of the same shape overrides any of them.
enum DefaultCrosscheckRules {
    static let json = """
    {
      "schemaVersion": 1,
      "matching": {
        "legalSuffixes": ["ltd", "limited", "plc", "llp", "co", "company", "inc"],
        "abbreviations": {
          "svcs": "services", "svc": "services", "servs": "services", "sols": "solutions", "solns": "solutions",
          "sys": "systems", "grp": "group", "intl": "international",
          "mgmt": "management", "mgt": "management", "assoc": "associates", "assocs": "associates",
          "eng": "engineering", "engg": "engineering", "tech": "technologies", "techs": "technologies",
          "dist": "distribution", "distrib": "distribution", "ent": "enterprises", "ents": "enterprises",
          "inds": "industries", "ind": "industries", "hldgs": "holdings", "prods": "products",
          "equip": "equipment", "ctr": "centre", "cntr": "centre", "center": "centre",
          "natl": "national", "bros": "brothers", "contr": "contractors", "supp": "supplies", "mgrs": "managers"
        },
        "editBudget": [{"minLength": 4, "maxEdits": 1}, {"minLength": 9, "maxEdits": 2}],
        "maxEditsPerName": 2,
        "maxDifferingWords": 2,
        "minScore": 0.8,
        "allowWordOrder": true,
        "wordOrderMinWords": 3,
        "allowJoinedWords": true,
        "knownWordMinNames": 2,
        "pluralIsSameWord": true,
        "maxWordLength": 32,
        "maxNameWords": 24,
        "abbreviationScore": 0.99,
        "joinedWordsScore": 0.97,
        "wordOrderScore": 0.95
      },
      "hospitality": {
        "acceptedDecisions": ["accepted"],
        "declinedDecisions": ["declined"],
        "contractWindow": {"fromDays": 0, "toDays": 365},
        "chiefOfficerRanks": ["ACC", "DCC", "CC"],
        "peerReviewedValues": ["yes"],
        "valueBandsGBP": [25, 50, 100, 250]
      },
      "interests": {
        "inactiveStatuses": ["refused", "withdrawn"],
        "approvedStatuses": ["approved", "approved_with_conditions"],
        "prohibitedCategories": ["driver", "driving_instructor", "police_skills_training"],
        "reviewPeriodMonths": 12
      },
      "severities": {
        "hospitalityBeforeContract": "medium",
        "hospitalityBeforeContractDecisionMaker": "high",
        "interestInSupplier": "medium",
        "interestInSupplierDecisionMaker": "high",
        "chiefOfficerNotReviewed": "medium",
        "prohibitedSecondJob": "medium",
        "reviewOverdue": "low"
      }
    }
    """
}
