import ProbityCore

// The checklist's formats (`Renderers.checklist`): the offline self-assessment form and the
// OSCAL catalog.

extension FormRenderer: Renderer {
    public static let format = OutputFormat.html
    public func render(_ checklist: Checklist, context: ReportContext) -> RenderedOutput {
        .text(Self.render(checklist, schemas: schemas, context: context))
    }
}

extension OSCALCatalogRenderer: Renderer {
    public static let format = OutputFormat.oscalCatalog
    public func render(_ checklist: Checklist, context: ReportContext) -> RenderedOutput {
        .text(Self.render(checklist, context: context))
    }
}
