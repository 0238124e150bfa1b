import ProbityCore
import ProbityRegisters

/// Every renderer, one table per subject: the only place a format is tied to its renderer.
/// A command picks its table (or part of it with `only`), and the table gives the `--format`
/// choices, the default (the first), the "expected one of ..." error and the renderer.
public enum Renderers {
    /// `score`, `report`, `export`, `demo`.
    public static let scorecard = RendererTable<ScorecardReport>("scorecard", [
        TextScorecardRenderer(), JSONScorecardRenderer(), MarkdownScorecardRenderer(), HTMLScorecardRenderer(),
        AssessmentCSVRenderer(), OSCALResultsRenderer(), XLSXScorecardRenderer(),
    ])

    /// `score --moderation`, `report --moderation`.
    public static let moderated = RendererTable<ModeratedScorecardReport>("moderated scorecard", [
        ModeratedScorecardTextRenderer(), ModeratedScorecardJSONRenderer(), ModeratedScorecardMarkdownRenderer(),
        HTMLModeratedScorecardRenderer(),
    ])

    /// `compare`.
    public static let comparison = RendererTable<ComparisonReport>("comparison", [
        ComparisonTextRenderer(), ComparisonJSONRenderer(), ComparisonMarkdownRenderer(), HTMLComparisonRenderer(),
        XLSXComparisonRenderer(),
    ])

    /// `national`.
    public static let national = RendererTable<NationalView>("national view", [
        NationalTextRenderer(), NationalJSONRenderer(), NationalMarkdownRenderer(), HTMLNationalRenderer(),
        XLSXNationalRenderer(),
    ])

    /// `national --trace`.
    public static let nationalTrace = RendererTable<NationalTrace>("national figure", [
        NationalTraceTextRenderer(), NationalTraceJSONRenderer(), NationalTraceMarkdownRenderer(),
        NationalTraceHTMLRenderer(),
    ])

    /// `plan` (the plan file) and `plan --check`.
    public static let plan = RendererTable<ImprovementPlan>("improvement plan", [PlanJSONRenderer()])
    public static let planCheck = RendererTable<PlanCheckReport>("plan check", [PlanCheckTextRenderer()])

    /// `form` (the offline self-assessment form) and `export --format oscal-catalog`.
    public static let checklist = RendererTable<Checklist>("checklist", [FormRenderer(), OSCALCatalogRenderer()])

    /// `crosscheck` and its `--names-out`.
    public static let crosscheck = RendererTable<CrosscheckReport>("register cross-check", [
        CrosscheckTextRenderer(), CrosscheckJSONRenderer(), CrosscheckFlagsCSVRenderer(),
    ])
    public static let nameMap = RendererTable<CrosscheckReport>("name map", [CrosscheckNameMapCSVRenderer()])
}
