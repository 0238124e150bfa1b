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
        guard (1...64).contains(matching.maxWordLength) else { throw fail("matching.maxWordLength", "expected 1 to 64") }
        guard (1...64).contains(matching.maxNameWords) else { throw fail("matching.maxNameWords", "expected 1 to 64") }
        guard hospitality.contractWindow.fromDays <= hospitality.contractWindow.toDays else {
            throw fail("hospitality.contractWindow", "fromDays must not be after toDays")
        }
        guard interests.reviewPeriodMonths >= 0 else { throw fail("interests.reviewPeriodMonths", "expected 0 or more") }
        guard hospitality.valueBandsGBP == hospitality.valueBandsGBP.sorted() else {
            throw fail("hospitality.valueBandsGBP", "expected ascending upper bounds")
        }
    }
}
