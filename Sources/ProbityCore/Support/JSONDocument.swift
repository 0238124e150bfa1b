import Foundation

/// A JSON file read from disk: its bytes, its name for messages, and its parsed value.
/// Loading checks, in order, that the file exists, is UTF-8, is well-formed JSON, and
/// then decodes typed values from it with errors that name the JSON path.
public struct JSONDocument: Sendable {
    public let file: String
    public let bytes: [UInt8]
    public let value: JSONValue
    /// Numbers written with a fraction or exponent (`JSONParser.parseRecordingForms`).
    public let numbersNotWrittenAsIntegers: [JSONParser.WrittenNumber]

    /// Reads and parses a file. `displayName` is how the file is named in messages.
    public static func load(path: String, displayName: String? = nil) throws(ProbityError) -> JSONDocument {
        let name = displayName ?? path
        let bytes = try FileReader.readBytes(path: path, displayName: name)
        return try parse(bytes: bytes, file: name)
    }

    /// Parses bytes already in memory (an embedded checklist, a test fixture).
    public static func parse(bytes: [UInt8], file: String) throws(ProbityError) -> JSONDocument {
        var content = bytes
        if content.starts(with: [0xEF, 0xBB, 0xBF]) { content.removeFirst(3) }
        if let bad = TextPosition.firstInvalidUTF8Offset(in: content) {
            let place = TextPosition.lineAndColumn(of: bad, in: content)
            throw .invalidUTF8(file: file, line: place.line, column: place.column)
        }
        do {
            let parsed = try JSONParser.parseRecordingForms(content)
            return JSONDocument(file: file, bytes: content, value: parsed.value, numbersNotWrittenAsIntegers: parsed.numbersNotWrittenAsIntegers)
        } catch {
            throw .malformedJSON(file: file, line: error.line, column: error.column, reason: error.reason)
        }
    }

    /// Decodes a typed value from the whole document.
    /// Every number is first checked against `NumberLimits`, so an out-of-range value is an
    /// error naming its place instead of a trap or Foundation's placeless "not valid JSON".
    public func decode<T: Decodable>(_ type: T.Type) throws(ProbityError) -> T {
        if let error = NumberLimits.check(value, file: file) { throw error }
        do {
            return try JSONDecoder().decode(T.self, from: Data(bytes))
        } catch let error as DecodingError {
            if case .dataCorrupted(let context) = error, context.codingPath.isEmpty, let place = fractionInWholeNumber(T.self) {
                throw .invalidValue(file: file, path: place.path, reason: "expected a whole number, found number \(JSONValue.format(place.number))")
            }
            throw DecodingErrorFormatter.error(error, file: file, document: value)
        } catch {
            throw .other(file: file, reason: "\(error)")
        }
    }

    /// Foundation reports a fraction where a whole number belongs (`"workforce": 2150.5`) as
    /// "not valid JSON" with no place. Finds the place: the first fractional number whose
    /// truncation lets the document decode past it. Runs only on that error.
    func fractionInWholeNumber<T: Decodable>(_ type: T.Type) -> (path: JSONPath, number: Double)? {
        var candidates: [([JSONPathComponent], Double)] = []
        func collect(_ value: JSONValue, _ path: [JSONPathComponent]) {
            switch value {
            case .number(let number) where number != number.rounded(.towardZero): candidates.append((path, number))
            case .array(let elements): for (index, element) in elements.enumerated() { collect(element, path + [.index(index)]) }
            case .object(let members): for key in members.keys.sorted() { if let member = members[key] { collect(member, path + [.key(key)]) } }
            default: break
            }
        }
        collect(value, [])
        for (path, number) in candidates.prefix(500) {
            let truncated = value.replacing(at: path, with: .number(number.rounded(.towardZero)))
            guard let data = try? JSONEncoder().encode(truncated) else { continue }
            do {
                _ = try JSONDecoder().decode(T.self, from: data)
                return (JSONPath(path), number)
            } catch let DecodingError.dataCorrupted(context) where context.codingPath.isEmpty {
                continue
            } catch {
                return (JSONPath(path), number)
            }
        }
        return nil
    }

    /// Reads `schemaVersion` before anything else and refuses versions it does not know.
    public func requireSchemaVersion(_ supported: [Int]) throws(ProbityError) {
        guard let object = value.objectValue else {
            throw .invalidValue(file: file, path: JSONPath(), reason: "expected an object, found \(value.summary)")
        }
        guard let version = object["schemaVersion"] else {
            throw .invalidValue(file: file, path: JSONPath([.key("schemaVersion")]),
                                reason: "missing required field; expected one of \(supported.map(String.init).joined(separator: ", "))")
        }
        guard let number = version.numberValue, let whole = NumberLimits.wholeNumber(number), supported.contains(whole) else {
            throw .unsupportedSchemaVersion(file: file, found: version.summary, supported: supported)
        }
    }
}
