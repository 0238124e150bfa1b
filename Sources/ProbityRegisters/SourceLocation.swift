/// A place in an input file: 1-based line and 1-based column.
///
/// The column counts characters (Unicode scalars), not bytes, from the start of the
/// physical line, and points at the first character of the field concerned (for a
/// quoted field, at its opening quote) or at the offending byte itself.
public struct SourceLocation: Sendable, Hashable, Codable {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:column`
    public var description: String { "\(file):\(line):\(column)" }
}
