/// One finding of a validator: an error (the file cannot be used) or a warning (it can, but
/// something looks wrong). Rendered as `file: path: message`.
public struct Diagnostic: Sendable, Hashable, Codable {
    public enum Severity: String, Sendable, Hashable, Codable {
        case error
        case warning
    }

    public var severity: Severity
    public var file: String
    public var path: String
    public var message: String

    public init(_ severity: Severity, file: String, path: JSONPath, _ message: String) {
        self.severity = severity
        self.file = file
        self.path = path.description
        self.message = message
    }

    /// `file: path: message`, the one format every error uses.
    public var rendered: String { "\(file): \(path): \(message)" }
}

extension Array where Element == Diagnostic {
    public var errors: [Diagnostic] { filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { filter { $0.severity == .warning } }
    public var hasErrors: Bool { contains { $0.severity == .error } }
}
