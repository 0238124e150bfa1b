/// Every problem the library reports. Each case carries what a person needs to find and fix
/// the problem; `message` renders it as one line, `file: place: what is wrong`.
public enum ProbityError: Error, Sendable, Equatable {
    /// The file does not exist.
    case fileNotFound(file: String)
    /// The file exists but could not be read (a directory, no permission).
    case unreadable(file: String, reason: String)
    /// The file is not valid UTF-8 at the given place.
    case invalidUTF8(file: String, line: Int, column: Int)
    /// The file is not well-formed JSON.
    case malformedJSON(file: String, line: Int, column: Int, reason: String)
    /// A value in the file is missing, of the wrong type or not allowed.
    case invalidValue(file: String, path: JSONPath, reason: String)
    /// The file's `schemaVersion` is one this version of Probity cannot read.
    case unsupportedSchemaVersion(file: String, found: String, supported: [Int])
    /// Semantic validation found errors; each diagnostic names its own place.
    case validationFailed(file: String, diagnostics: [Diagnostic])
    /// No checklist with this id (and version, when given) is loaded.
    case unknownChecklist(id: String, version: String?, available: [String])
    /// Writing would replace an existing file and the caller did not ask for that.
    case fileExists(file: String)
    /// Writing the file failed; nothing was left behind.
    case writeFailed(file: String, reason: String)
    /// A checklist area has no plugin to score it.
    /// A checklist has no such area (a plugin example run against a checklist without its area).
    case missingArea(area: AreaID, checklist: ChecklistID)
    /// Two inputs cannot be used together (different forces, unrelated checklists).
    case incompatible(reason: String)
    /// A general problem with a file that has no better place to point at.
    case other(file: String, reason: String)
    /// A problem in a register export, already located (`file:line:column: what is wrong`).
    case register(message: String)

    public var message: String {
        switch self {
        case .fileNotFound(let file):
            return "\(file): no such file"
        case .unreadable(let file, let reason):
            return "\(file): cannot read the file: \(reason)"
        case .invalidUTF8(let file, let line, let column):
            return "\(file):\(line):\(column): invalid UTF-8; save the file as UTF-8"
        case .malformedJSON(let file, let line, let column, let reason):
            return "\(file):\(line):\(column): malformed JSON: \(reason)"
        case .invalidValue(let file, let path, let reason):
            return "\(file): \(path): \(reason)"
        case .unsupportedSchemaVersion(let file, let found, let supported):
            let list = supported.map(String.init).joined(separator: ", ")
            return "\(file): schemaVersion: this version of probity reads schema version \(list), found \(found)"
        case .validationFailed(let file, let diagnostics):
            let errors = diagnostics.filter { $0.severity == .error }
            let first = errors.first.map { ": \($0.message)" } ?? ""
            return "\(file): \(Words.count(errors.count, "error"))\(first)"
        case .unknownChecklist(let id, let version, let available):
            let name = version.map { "\(id) version \($0)" } ?? id
            return "unknown checklist \"\(name)\"; available: \(available.joined(separator: ", "))"
        case .fileExists(let file):
            return "\(file): file exists; use --overwrite to replace it"
        case .writeFailed(let file, let reason):
            return "\(file): cannot write the file: \(reason)"
        case .missingArea(let area, let checklist):
            return "checklist \(checklist) has no area \"\(area)\""
        case .incompatible(let reason):
            return reason
        case .other(let file, let reason):
            return "\(file): \(reason)"
        case .register(let message):
            return message
        }
    }
}

extension ProbityError: CustomStringConvertible {
    public var description: String { message }
}
