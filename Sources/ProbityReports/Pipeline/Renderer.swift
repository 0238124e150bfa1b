/// One output format of one subject (a scored assessment, a comparison, the national view):
/// a pure function from the subject and a context (version, time of the run) to text or bytes.
/// Renderers never read files, print or look at the clock; commands choose them by format
/// from the subject's `RendererTable` (see `Renderers`) and write what they return.
///
/// To add a format, write a type conforming to `Renderer` and list it in its subject's table:
/// every command that renders that subject then offers it, in `--help` and in the
/// "expected one of ..." error alike (docs/reports.md).
public protocol Renderer<Subject>: Sendable {
    associatedtype Subject

    /// The format this renderer writes, the key under which its table lists it.
    static var format: OutputFormat { get }

    /// Renders `subject`. Throws only when the subject cannot be written at all.
    func render(_ subject: Subject, context: ReportContext) throws -> RenderedOutput
}
