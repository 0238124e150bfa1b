import Foundation
import ProbityCore

/// Which header in a force's export holds each logical column.
///
/// JSON: `{"schemaVersion": 1, "contracts": {"award_date": "Award Date", "supplier": "Supplier Name"}}`.
/// A logical column left out is looked for under its own name.  Headers are matched after
/// trimming spaces, exactly first and then ignoring case; extra columns are ignored.
public struct ColumnMapping: Sendable, Hashable {
    public var headers: [RegisterKind: [String: String]]

    public init(headers: [RegisterKind: [String: String]] = [:]) {
        self.headers = headers
    }

    /// The bench layout: every logical column under its own name.
    public static let identity = ColumnMapping()

    /// The header that holds `column` of `register`.
    public func header(for column: String, in register: RegisterKind) -> String {
        headers[register]?[column] ?? column
    }

    /// Reads a mapping file; unknown registers or columns are errors naming the key.
    public static func load(path: String, file: String? = nil) throws(RegisterError) -> ColumnMapping {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw RegisterError.unreadableFile(file: file ?? path, reason: (error as NSError).localizedDescription)
        }
        return try decode(data, file: file ?? path)
    }

    public static func decode(_ data: Data, file: String) throws(RegisterError) -> ColumnMapping {
        let document: JSONDocument
        do {
            document = try JSONDocument.parse(bytes: Array(data), file: file)
        } catch {
            throw RegisterError(error, file: file)
        }
        guard let object = document.value.objectValue else {
            throw RegisterError.invalidConfiguration(file: file, path: "", problem: "expected a JSON object")
        }
        var headers: [RegisterKind: [String: String]] = [:]
        for (key, value) in object.sorted(by: { $0.key < $1.key }) {
            if key == "schemaVersion" {
                guard value == .number(1) else {
                    throw RegisterError.invalidConfiguration(file: file, path: key, problem: "expected 1")
                }
                continue
            }
            guard let register = RegisterKind(rawValue: key) else {
                throw RegisterError.invalidConfiguration(
                    file: file, path: key,
                    problem: "unknown register; expected one of \(RegisterKind.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            guard let columns = value.objectValue else {
                throw RegisterError.invalidConfiguration(file: file, path: key, problem: "expected an object of column: header")
            }
            headers[register] = try decodeColumns(columns, register: register, file: file)
        }
        return ColumnMapping(headers: headers)
    }

    private static func decodeColumns(_ columns: [String: JSONValue], register: RegisterKind,
                                      file: String) throws(RegisterError) -> [String: String] {
        let known = Set(register.columns.map(\.name))
        var result: [String: String] = [:]
        for (column, header) in columns.sorted(by: { $0.key < $1.key }) {
            guard known.contains(column) else {
                throw RegisterError.invalidConfiguration(
                    file: file, path: "\(register).\(column)",
                    problem: "unknown column; expected one of \(register.columns.map(\.name).joined(separator: ", "))")
            }
            guard let name = header.stringValue, !name.isEmpty else {
                throw RegisterError.invalidConfiguration(file: file, path: "\(register).\(column)",
                                                         problem: "expected a header name (a non-empty string)")
            }
            result[column] = name
        }
        return result
    }
}
