/// What a renderer needs besides the value it renders: the tool version and the time of the
/// run, injected so output is reproducible.
public struct ReportContext: Sendable, Hashable {
    public var version: String
    /// ISO 8601 timestamp, e.g. `2026-11-22T10:00:00Z`.
    public var generatedAt: String

    public init(version: String, generatedAt: String) {
        self.version = version
        self.generatedAt = generatedAt
    }
}
