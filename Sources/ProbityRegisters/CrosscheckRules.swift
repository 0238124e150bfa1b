import Foundation
import ProbityCore

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
    /// errors naming the key path. JSON is read, written and decoded by the core
    /// (`JSONDocument`, `CanonicalJSON`), so messages read as everywhere else.
    public static func decode(_ data: Data, file: String) throws(RegisterError) -> CrosscheckRules {
        do {
            let defaults = try object(JSONDocument.parse(bytes: Array(DefaultCrosscheckRules.json.utf8), file: "DefaultCrosscheckRules"))
            let overrides = try object(JSONDocument.parse(bytes: Array(data), file: file))
            let merged = try merge(overrides, onto: defaults, file: file, path: "")
            guard merged["schemaVersion"] == .number(1) else {
                throw RegisterError.invalidConfiguration(file: file, path: "schemaVersion", problem: "expected 1")
            }
            let document = try JSONDocument.parse(bytes: CanonicalJSON.bytes(.object(merged)), file: file)
            let rules = try document.decode(CrosscheckRules.self)
            try rules.validate(file: file)
            return rules
        } catch let error as RegisterError {
            throw error
        } catch let error as ProbityError {
            throw RegisterError(error, file: file)
        } catch {
            throw RegisterError.invalidConfiguration(file: file, path: "", problem: "\(error)")
        }
    }

    private static func object(_ document: JSONDocument) throws(RegisterError) -> [String: JSONValue] {
        guard let object = document.value.objectValue else {
            throw RegisterError.invalidConfiguration(file: document.file, path: "", problem: "expected a JSON object")
        }
        return object
    }

    /// `overrides` laid over `defaults`: nested objects merge key by key, anything else replaces.
    /// A map whose default is an object of strings (such as `abbreviations`) is replaced whole.
    private static func merge(_ overrides: [String: JSONValue], onto defaults: [String: JSONValue], file: String,
                              path: String) throws(RegisterError) -> [String: JSONValue] {
        var result = defaults
        for (key, value) in overrides.sorted(by: { $0.key < $1.key }) {
            let keyPath = path.isEmpty ? key : "\(path).\(key)"
            guard let current = defaults[key] else {
                let known = defaults.keys.sorted().joined(separator: ", ")
                throw RegisterError.invalidConfiguration(file: file, path: keyPath, problem: "unknown key; expected one of \(known)")
            }
            if let nested = current.objectValue, !nested.values.allSatisfy({ $0.stringValue != nil }) {
                guard let override = value.objectValue else {
                    throw RegisterError.invalidConfiguration(file: file, path: keyPath, problem: "expected an object")
                }
                result[key] = .object(try merge(override, onto: nested, file: file, path: keyPath))
            } else {
                result[key] = value
            }
        }
        return result
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
