/// Turns Foundation's `DecodingError` into one readable line: the file, the JSON path, what
/// was expected and what was found (looked up in the parsed document).
public enum DecodingErrorFormatter {
    public static func error(_ error: DecodingError, file: String, document: JSONValue) -> ProbityError {
        switch error {
        case .typeMismatch(let type, let context):
            let path = JSONPath(codingPath: context.codingPath)
            return .invalidValue(file: file, path: path, reason: "expected \(typeName(type)), found \(found(at: path, in: document))")
        case .valueNotFound(let type, let context):
            let path = JSONPath(codingPath: context.codingPath)
            return .invalidValue(file: file, path: path, reason: "expected \(typeName(type)), found null")
        case .keyNotFound(let key, let context):
            let path = JSONPath(codingPath: context.codingPath + [key])
            return .invalidValue(file: file, path: path, reason: "missing required field \"\(key.stringValue)\"")
        case .dataCorrupted(let context):
            let path = JSONPath(codingPath: context.codingPath)
            return .invalidValue(file: file, path: path, reason: context.debugDescription)
        @unknown default:
            return .other(file: file, reason: "\(error)")
        }
    }

    static func found(at path: JSONPath, in document: JSONValue) -> String {
        guard let value = document.value(at: path.components) else { return "nothing" }
        switch value {
        case .string, .number, .bool, .null: return value.summary
        default: return "an \(value.kindName)"
        }
    }

    static func typeName(_ type: Any.Type) -> String {
        let name = String(describing: type)
        switch name {
        case "String": return "a string"
        case "Int", "Double", "Int64", "UInt", "Float": return "a number"
        case "Bool": return "true or false"
        default:
            if name.hasPrefix("Array") || name.hasPrefix("[") { return "an array" }
            if name.hasPrefix("Dictionary") { return "an object" }
            return "an object"
        }
    }
}

/// A string enumeration decoded strictly: an unknown value is an error listing the allowed ones.
public protocol StrictStringEnum: RawRepresentable, CaseIterable, Codable, Sendable where RawValue == String {}

extension StrictStringEnum {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let raw = try container.decode(String.self)
        guard let value = Self(rawValue: raw) else {
            let allowed = Self.allCases.map(\.rawValue).joined(separator: ", ")
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "expected one of \(allowed), found \"\(raw)\"")
        }
        self = value
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
