import ProbityCore

// The scorecard's formats (`Renderers.scorecard`).

extension TextScorecardRenderer: Renderer {
    public static let format = OutputFormat.text
    public func render(_ report: ScorecardReport, context: ReportContext) -> RenderedOutput {
        .text(Self.render(report.scorecard, context: context))
    }
}

extension JSONScorecardRenderer: Renderer {
    public static let format = OutputFormat.json
    public func render(_ report: ScorecardReport, context: ReportContext) -> RenderedOutput {
        .text(Self.render(report.scorecard, context: context))
    }
}

extension MarkdownScorecardRenderer: Renderer {
    public static let format = OutputFormat.markdown
    public func render(_ report: ScorecardReport, context: ReportContext) -> RenderedOutput {
        .text(Self.render(report.scorecard, sources: report.sources, context: context))
    }
}

extension HTMLScorecardRenderer: Renderer {
    public static let format = OutputFormat.html
    public func render(_ report: ScorecardReport, context: ReportContext) -> RenderedOutput {
        .text(Self.render(report.scorecard, sources: report.sources, context: context))
    }
}

extension AssessmentCSVRenderer: Renderer {
    public static let format = OutputFormat.csv
    public func render(_ report: ScorecardReport, context: ReportContext) -> RenderedOutput {
        .text(Self.render(report.scorecard, assessment: report.sources.assessment, checklist: report.sources.checklist))
    }
}

extension OSCALResultsRenderer: Renderer {
    public static let format = OutputFormat.oscalResults
    public func render(_ report: ScorecardReport, context: ReportContext) -> RenderedOutput {
        .text(Self.render(report.oscalInput, context: context))
    }
}

// The moderated scorecard's formats (`Renderers.moderated`).

extension ModeratedScorecardTextRenderer: Renderer {
    public static let format = OutputFormat.text
    public func render(_ report: ModeratedScorecardReport, context: ReportContext) -> RenderedOutput {
        .text(Self.render(report.moderated, context: context))
    }
}

extension ModeratedScorecardJSONRenderer: Renderer {
    public static let format = OutputFormat.json
    public func render(_ report: ModeratedScorecardReport, context: ReportContext) -> RenderedOutput {
        .text(Self.render(report.moderated, context: context))
    }
}

extension ModeratedScorecardMarkdownRenderer: Renderer {
    public static let format = OutputFormat.markdown
    public func render(_ report: ModeratedScorecardReport, context: ReportContext) -> RenderedOutput {
        .text(Self.render(report.moderated, context: context))
    }
}

extension HTMLModeratedScorecardRenderer: Renderer {
    public static let format = OutputFormat.html
    public func render(_ report: ModeratedScorecardReport, context: ReportContext) -> RenderedOutput {
        .text(Self.render(report.moderated, sources: report.sources, context: context))
    }
}
