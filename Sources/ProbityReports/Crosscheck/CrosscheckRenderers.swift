import ProbityRegisters

// The register cross-check's formats (`Renderers.crosscheck`, `Renderers.nameMap`). The
// renderers live beside the cross-checks in ProbityRegisters; these adapters list them.

/// The cross-check report for a terminal.
public struct CrosscheckTextRenderer: Renderer {
    public init() {}
    public static let format = OutputFormat.text
    public func render(_ report: CrosscheckReport, context: ReportContext) -> RenderedOutput {
        .text(TextReportRenderer.render(report))
    }
}

/// The cross-check report as JSON (sorted keys; the name map is left out).
public struct CrosscheckJSONRenderer: Renderer {
    public init() {}
    public static let format = OutputFormat.json
    public func render(_ report: CrosscheckReport, context: ReportContext) throws -> RenderedOutput {
        .text(try JSONReportRenderer.render(report))
    }
}

/// One line per finding in the evaluator's flags layout.
public struct CrosscheckFlagsCSVRenderer: Renderer {
    public init() {}
    public static let format = OutputFormat.csv
    public func render(_ report: CrosscheckReport, context: ReportContext) -> RenderedOutput {
        .text(FlagsCSVRenderer.render(report))
    }
}

/// The name map (`--names-out`): one line per distinct typed name per register.
public struct CrosscheckNameMapCSVRenderer: Renderer {
    public init() {}
    public static let format = OutputFormat.csv
    public func render(_ report: CrosscheckReport, context: ReportContext) -> RenderedOutput {
        .text(NameMapCSVRenderer.render(report))
    }
}
