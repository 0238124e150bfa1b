/// Every format a subject can be rendered in, in the order `--help` lists them (the first is
/// the default). Commands look formats up here instead of matching strings.
public struct RendererTable<Subject>: Sendable {
    /// What is rendered, for messages: `scorecard`, `comparison`.
    public let subject: String
    public let renderers: [any Renderer<Subject>]

    public init(_ subject: String, _ renderers: [any Renderer<Subject>]) {
        self.subject = subject
        self.renderers = renderers
    }

    /// The formats offered, default first.
    public var formats: [OutputFormat] { renderers.map { type(of: $0).format } }

    /// The renderer for `format`, if the table has one.
    public func renderer(for format: OutputFormat) -> (any Renderer<Subject>)? {
        renderers.first { type(of: $0).format == format }
    }

    /// `subject` rendered as `format`, or nil when the table has no such format.
    public func render(_ subject: Subject, as format: OutputFormat, context: ReportContext) throws -> RenderedOutput? {
        try renderer(for: format)?.render(subject, context: context)
    }

    /// The same table restricted to `formats`, in that order (a command that offers fewer).
    public func only(_ formats: [OutputFormat]) -> RendererTable<Subject> {
        RendererTable(subject, formats.compactMap { renderer(for: $0) })
    }
}
