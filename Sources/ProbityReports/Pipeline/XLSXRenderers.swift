import ProbityCore

// The workbook formats of the scorecard, the comparison and the national view.

extension OutputFormat {
    public static let xlsx: OutputFormat = "xlsx"
}

extension XLSXScorecardRenderer: Renderer {
    public static let format = OutputFormat.xlsx
    public func render(_ report: ScorecardReport, context: ReportContext) -> RenderedOutput {
        .bytes(Self.workbook(report.scorecard, assessment: report.sources.assessment, checklist: report.sources.checklist).bytes())
    }
}

extension XLSXComparisonRenderer: Renderer {
    public static let format = OutputFormat.xlsx
    public func render(_ report: ComparisonReport, context: ReportContext) -> RenderedOutput {
        .bytes(Self.workbook(report.comparison).bytes())
    }
}

extension XLSXNationalRenderer: Renderer {
    public static let format = OutputFormat.xlsx
    public func render(_ view: NationalView, context: ReportContext) -> RenderedOutput {
        .bytes(Self.workbook(view).bytes())
    }
}
