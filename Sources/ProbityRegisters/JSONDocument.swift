import Foundation

/// Helpers for configuration JSON: parse an object, lay overrides over defaults (rejecting
/// unknown keys), and turn `DecodingError`s into `file: path: problem` messages.
enum JSONDocument {
    static func object(_ data: Data, file: String) throws(RegisterError) -> [String: Any] {
        let parsed: Any
        do {
            parsed = try JSONSerialization.jsonObject(with: data)
        } catch {
            throw RegisterError.invalidConfiguration(file: file, path: "", problem: "not valid JSON")
        }
        guard let object = parsed as? [String: Any] else {
            throw RegisterError.invalidConfiguration(file: file, path: "", problem: "expected a JSON object")
        }
        return object
    }

    /// `overrides` laid over `defaults`: nested objects merge key by key, anything else replaces.
    /// A map whose default is an object of strings (such as `abbreviations`) is replaced whole.
    static func merge(_ overrides: [String: Any], onto defaults: [String: Any], file: String,
                      path: String) throws(RegisterError) -> [String: Any] {
        var result = defaults
        for (key, value) in overrides.sorted(by: { $0.key < $1.key }) {
            let keyPath = path.isEmpty ? key : "\(path).\(key)"
            guard let current = defaults[key] else {
                let known = defaults.keys.sorted().joined(separator: ", ")
                throw RegisterError.invalidConfiguration(file: file, path: keyPath, problem: "unknown key; expected one of \(known)")
            }
            if let nested = current as? [String: Any], !(nested.values.allSatisfy { $0 is String }) {
                guard let override = value as? [String: Any] else {
                    throw RegisterError.invalidConfiguration(file: file, path: keyPath, problem: "expected an object")
                }
                result[key] = try merge(override, onto: nested, file: file, path: keyPath)
            } else {
                result[key] = value
            }
        }
        return result
    }

    static func describe(_ error: DecodingError, file: String) -> RegisterError {
        func path(_ codingPath: [CodingKey]) -> String {
            codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
                .replacingOccurrences(of: ".[", with: "[").trimmingCharacters(in: CharacterSet(charactersIn: "."))
        }
        switch error {
        case .typeMismatch(let type, let context):
            return .invalidConfiguration(file: file, path: path(context.codingPath), problem: "expected \(type)")
        case .valueNotFound(let type, let context):
            return .invalidConfiguration(file: file, path: path(context.codingPath), problem: "expected \(type), found null")
        case .keyNotFound(let key, let context):
            return .invalidConfiguration(file: file, path: path(context.codingPath + [key]), problem: "missing key")
        case .dataCorrupted(let context):
            return .invalidConfiguration(file: file, path: path(context.codingPath), problem: context.debugDescription)
        @unknown default:
            return .invalidConfiguration(file: file, path: "", problem: "\(error)")
        }
    }
}
