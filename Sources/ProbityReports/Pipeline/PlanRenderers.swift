import ProbityCore

// The improvement plan's format (`Renderers.plan`) and the plan check's (`Renderers.planCheck`).

extension PlanJSONRenderer: Renderer {
    public static let format = OutputFormat.json
    public func render(_ plan: ImprovementPlan, context: ReportContext) -> RenderedOutput {
        .text(Self.render(plan))
    }
}

extension PlanCheckTextRenderer: Renderer {
    public static let format = OutputFormat.text
    public func render(_ report: PlanCheckReport, context: ReportContext) -> RenderedOutput {
        .text(Self.render(report.check, file: report.file))
    }
}
