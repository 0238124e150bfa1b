/// The name of an output format as `--format` takes it (`text`, `json`, `html`, ...).
/// A renderer declares its format; a table of renderers is keyed by it.
public struct OutputFormat: RawRepresentable, Sendable, Hashable, ExpressibleByStringLiteral, CustomStringConvertible {
    public var rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    public var description: String { rawValue }

    public static let text: OutputFormat = "text"
    public static let json: OutputFormat = "json"
    public static let markdown: OutputFormat = "markdown"
    public static let html: OutputFormat = "html"
    public static let csv: OutputFormat = "csv"
    public static let oscalResults: OutputFormat = "oscal-results"
    public static let oscalCatalog: OutputFormat = "oscal-catalog"
}
