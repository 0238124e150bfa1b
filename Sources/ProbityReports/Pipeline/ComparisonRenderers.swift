import ProbityCore

// The comparison's formats (`Renderers.comparison`).

extension ComparisonTextRenderer: Renderer {
    public static let format = OutputFormat.text
    public func render(_ report: ComparisonReport, context: ReportContext) -> RenderedOutput {
        .text(Self.render(report.comparison, context: context))
    }
}

extension ComparisonJSONRenderer: Renderer {
    public static let format = OutputFormat.json
    public func render(_ report: ComparisonReport, context: ReportContext) -> RenderedOutput {
        .text(Self.render(report.comparison, context: context))
    }
}

extension ComparisonMarkdownRenderer: Renderer {
    public static let format = OutputFormat.markdown
    public func render(_ report: ComparisonReport, context: ReportContext) -> RenderedOutput {
        .text(Self.render(report.comparison, context: context))
    }
}

extension HTMLComparisonRenderer: Renderer {
    public static let format = OutputFormat.html
    public func render(_ report: ComparisonReport, context: ReportContext) -> RenderedOutput {
        .text(Self.render(report.comparison, scale: report.scale, oldScale: report.oldScale, context: context))
    }
}
