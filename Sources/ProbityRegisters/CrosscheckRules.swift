import Foundation

/// Every parameter of the cross-checks: thresholds, windows, periods, categories, ranks.
/// Data, not code: the defaults live in `DefaultCrosscheckRules.json` (see
/// `docs/crosscheck.md` for each parameter), and a force or inspector overrides any of them
/// with a JSON file of the same shape (keys left out keep their defaults).
public struct CrosscheckRules: Sendable, Hashable, Codable {
    public var schemaVersion: Int
    public var matching: MatchingRules
    public var hospitality: HospitalityRules
    public var interests: InterestRules
    public var severities: SeverityRules

    /// The shipped defaults.
    public static var defaults: CrosscheckRules {
        get throws(RegisterError) { try decode(Data(DefaultCrosscheckRules.json.utf8), file: "DefaultCrosscheckRules") }
    }

    /// Reads a rules file and lays it over the defaults.
    public static func load(path: String, file: String? = nil) throws(RegisterError) -> CrosscheckRules {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw RegisterError.unreadableFile(file: file ?? path, reason: (error as NSError).localizedDescription)
        }
        return try decode(data, file: file ?? path)
    }

    /// Lays the JSON object in `data` over the defaults; unknown keys and wrong types are
    /// errors naming the key path.
    public static func decode(_ data: Data, file: String) throws(RegisterError) -> CrosscheckRules {
        let defaults = try JSONDocument.object(Data(DefaultCrosscheckRules.json.utf8), file: "DefaultCrosscheckRules")
        let overrides = try JSONDocument.object(data, file: file)
        let merged = try JSONDocument.merge(overrides, onto: defaults, file: file, path: "")
        guard let version = merged["schemaVersion"] as? Int, version == 1 else {
            throw RegisterError.invalidConfiguration(file: file, path: "schemaVersion", problem: "expected 1")
        }
        do {
            let bytes = try JSONSerialization.data(withJSONObject: merged)
            let rules = try JSONDecoder().decode(CrosscheckRules.self, from: bytes)
            try rules.validate(file: file)
            return rules
        } catch let error as RegisterError {
            throw error
        } catch let error as DecodingError {
            throw JSONDocument.describe(error, file: file)
        } catch {
            throw RegisterError.invalidConfiguration(file: file, path: "", problem: "\(error)")
        }
    }

    func validate(file: String) throws(RegisterError) {
        func fail(_ path: String, _ problem: String) -> RegisterError {
            .invalidConfiguration(file: file, path: path, problem: problem)
        }
        guard (0...1).contains(matching.minScore) else { throw fail("matching.minScore", "expected a number from 0 to 1") }
        guard matching.maxEditsPerName >= 0 else { throw fail("matching.maxEditsPerName", "expected 0 or more") }
        guard hospitality.contractWindow.fromDays <= hospitality.contractWindow.toDays else {
            throw fail("hospitality.contractWindow", "fromDays must not be after toDays")
        }
        guard interests.reviewPeriodMonths >= 0 else { throw fail("interests.reviewPeriodMonths", "expected 0 or more") }
        guard hospitality.valueBandsGBP == hospitality.valueBandsGBP.sorted() else {
            throw fail("hospitality.valueBandsGBP", "expected ascending upper bounds")
        }
    }
}

/// How typed organisation names are matched to the supplier list.
public struct MatchingRules: Sendable, Hashable, Codable {
    /// Words dropped from the end of a name by the normaliser.
    public var legalSuffixes: [String]
    /// Abbreviation → word, applied to whole words of both names before the approximate pass.
    public var abbreviations: [String: String]
    /// Spelling edits allowed in one word, by the longer word's length.
    public var editBudget: [EditBudget]
    /// Spelling edits allowed over the whole name.
    public var maxEditsPerName: Int
    /// Words that may differ by spelling (at least one word must agree exactly).
    public var maxDifferingWords: Int
    /// The lowest score an approximate match may have (0…1).
    public var minScore: Double
    /// Match the same words in another order ("Fleet Services Northern" for "Northern Fleet Services")…
    public var allowWordOrder: Bool
    /// …when the name has at least this many words besides "and" ("Hughes & Barker" and
    /// "Barker & Hughes" are two partnerships as often as one).
    public var wordOrderMinWords: Int
    /// Match words run together or split ("Northern Fleetservices").
    public var allowJoinedWords: Bool
    /// A word not in the supplier list still counts as a real word (so never a misspelling)
    /// when at least this many different names use it where it cannot be the misspelling:
    /// putting the supplier's word in its place gives a name no register used.
    public var knownWordMinNames: Int
    /// A word and the same word with a trailing "s" (plural/singular) are one word misspelt.
    public var pluralIsSameWord: Bool
    /// Scores given to the rules that are not spelling edits.
    public var abbreviationScore: Double
    public var joinedWordsScore: Double
    public var wordOrderScore: Double

    /// The edits allowed in a word of `length` characters.
    public func budget(forLength length: Int) -> Int {
        editBudget.filter { length >= $0.minLength }.map(\.maxEdits).max() ?? 0
    }
}

public struct EditBudget: Sendable, Hashable, Codable {
    public var minLength: Int
    public var maxEdits: Int
}

/// Parameters of checks a and c and the hospitality health figures.
public struct HospitalityRules: Sendable, Hashable, Codable {
    public var acceptedDecisions: [String]
    public var declinedDecisions: [String]
    /// Check a: a contract awarded this many days after the hospitality (inclusive).
    public var contractWindow: DayWindow
    /// Check c and the chief officers' share: ranks that count as chief officers.
    public var chiefOfficerRanks: [String]
    /// Check c: values of `peer_reviewed` that mean it was reviewed (anything else, blank too, is not).
    public var peerReviewedValues: [String]
    /// Upper bounds (exclusive) of the value bands, in pounds; one more band takes the rest.
    public var valueBandsGBP: [Double]
}

public struct DayWindow: Sendable, Hashable, Codable {
    public var fromDays: Int
    public var toDays: Int
}

/// Parameters of checks b, d and e.
public struct InterestRules: Sendable, Hashable, Codable {
    /// Check b: statuses that do not make an interest live.
    public var inactiveStatuses: [String]
    /// Checks d and e: statuses that mean approved.
    public var approvedStatuses: [String]
    /// Check d: categories the guidance says may not be approved.
    public var prohibitedCategories: [String]
    /// Check e: an approved interest must be reviewed at least this often.
    public var reviewPeriodMonths: Int
}

/// The severity of each kind of finding.
public struct SeverityRules: Sendable, Hashable, Codable {
    public var hospitalityBeforeContract: Severity
    public var hospitalityBeforeContractDecisionMaker: Severity
    public var interestInSupplier: Severity
    public var interestInSupplierDecisionMaker: Severity
    public var chiefOfficerNotReviewed: Severity
    public var prohibitedSecondJob: Severity
    public var reviewOverdue: Severity
}

public enum Severity: String, Sendable, Hashable, Codable, Comparable, CaseIterable {
    case low, medium, high

    private var rank: Int { Self.allCases.firstIndex(of: self) ?? 0 }
    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}
