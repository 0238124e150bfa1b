import ProbityCore

/// A checklist as an OSCAL 1.1 catalog: one group per area (its summary as the overview part),
/// one control per item with the question as its statement, what good looks like as its
/// guidance, weight, applicability, evidence kinds, source and recommendations as properties
/// and links, and the source documents and recommendations as back-matter resources.
/// UUIDs derive from the checklist id and version, so they are the same on every run; the
/// only run-dependent value is `last-modified`, from the injected time.
public struct OSCALCatalogRenderer: Sendable {
    public init() {}

    public static func render(_ checklist: Checklist, context: ReportContext) -> String {
        JSONScorecardRenderer.encode(document(checklist, context: context))
    }

    public static func document(_ checklist: Checklist, context: ReportContext) -> OSCALCatalog {
        let names = Names(checklist: checklist)
        let metadata = OSCALMetadata(
            title: OSCALText.line(checklist.title, fallback: checklist.id.rawValue),
            lastModified: context.generatedAt, version: checklist.version,
            props: [
                .probity("checklist", checklist.reference.description),
                .probity("year", String(checklist.year)),
                checklist.previousChecklist.flatMap { .probity("previous-checklist", $0.rawValue) },
                .probity("generator", "probity \(context.version)"),
            ].compactMap { $0 },
            remarks: OSCALText.multiline(checklist.provenance.statement, fallback: "Probity checklist."))
        let resources = checklist.provenance.sources.map { source($0, names) }
            + checklist.recommendations.map { recommendation($0, names) }
        return OSCALCatalog(catalog: OSCALCatalog.Catalog(
            uuid: names.uuid("catalog"), metadata: metadata,
            groups: checklist.areas.map { group($0, checklist: checklist, names: names) },
            backMatter: resources.isEmpty ? nil : OSCALBackMatter(resources: resources)))
    }

    /// Stable names for the UUIDs of one checklist version.
    struct Names {
        let checklist: Checklist

        func uuid(_ path: String) -> String { OSCALUUID.make("\(checklist.reference)/\(path)") }
        func source(_ id: SourceID) -> String { uuid("source/\(id)") }
        func recommendation(_ id: RecommendationID) -> String { uuid("recommendation/\(id)") }
    }

    static func group(_ area: ChecklistArea, checklist: Checklist, names: Names) -> OSCALCatalog.Group {
        let id = OSCALText.token(area.id.rawValue)
        let props = [
            OSCALProperty.nist("label", area.id.rawValue),
            area.heading.flatMap { .probity("hmic-heading", $0) },
            .probity("area-weight", PlainNumber.format(checklist.scoring.weight(of: area.id))),
        ].compactMap { $0 }
        return OSCALCatalog.Group(
            id: id, title: OSCALText.line(area.title, fallback: area.id.rawValue), props: props.nonEmptyArray,
            parts: [OSCALPart(id: "\(id)_ovw", name: "overview", prose: OSCALText.multiline(area.summary, fallback: area.title))],
            controls: area.items.map { control($0, names: names) })
    }

    static func control(_ item: ChecklistItem, names: Names) -> OSCALCatalog.Control {
        let id = OSCALText.token(item.id.rawValue)
        var parts = [
            OSCALPart(id: "\(id)_smt", name: "statement", prose: OSCALText.multiline(item.question, fallback: item.id.rawValue)),
            OSCALPart(id: "\(id)_gdn", name: "guidance", prose: OSCALText.multiline(item.goodPractice, fallback: "No guidance given.")),
        ]
        if let finding = item.source.finding {
            parts.append(OSCALPart(id: "\(id)_src", name: "source-finding", ns: OSCALVocabulary.namespace,
                                   title: "What the source found", prose: OSCALText.multiline(finding, fallback: finding)))
        }
        let links = [OSCALLink.resource(names.source(item.source.document))]
            + item.source.recommendations.map { OSCALLink.resource(names.recommendation($0)) }
        return OSCALCatalog.Control(
            id: id, title: OSCALText.line(item.question, fallback: item.id.rawValue),
            props: controlProps(item).nonEmptyArray, links: links, parts: parts)
    }

    static func controlProps(_ item: ChecklistItem) -> [OSCALProperty] {
        var props: [OSCALProperty?] = [
            .nist("label", item.id.rawValue),
            .probity("weight", PlainNumber.format(item.weight)),
            .probity("applies-to", item.appliesTo.rawValue),
        ]
        props += item.evidenceKinds.map { .probity("evidence-kind", $0.rawValue) }
        props += [
            .probity("source-document", item.source.document.rawValue),
            .probity("source-section", item.source.section),
            item.source.page.flatMap { .probity("source-page", String($0)) },
        ]
        props += item.source.recommendations.map { .probity("recommendation", $0.rawValue) }
        props += (item.tags ?? []).map { .probity("tag", $0) }
        return props.compactMap { $0 }
    }

    static func source(_ source: SourceDocument, _ names: Names) -> OSCALBackMatter.Resource {
        let props = [
            OSCALProperty.probity("source-id", source.id.rawValue),
            .probity("publisher", source.publisher),
            .probity("year", String(source.year)),
            source.isbn.flatMap { .probity("isbn", $0) },
        ].compactMap { $0 }
        return OSCALBackMatter.Resource(
            uuid: names.source(source.id), title: OSCALText.line(source.title, fallback: source.id.rawValue),
            description: source.note.map { OSCALText.multiline($0, fallback: $0) }, props: props,
            citation: OSCALBackMatter.Citation(text: OSCALText.line("\(source.publisher) (\(source.year)), \(source.title)", fallback: source.id.rawValue)))
    }

    static func recommendation(_ recommendation: Recommendation, _ names: Names) -> OSCALBackMatter.Resource {
        let props = [
            OSCALProperty.probity("recommendation-id", recommendation.id.rawValue),
            .probity("source-document", recommendation.source.rawValue),
        ].compactMap { $0 }
        return OSCALBackMatter.Resource(
            uuid: names.recommendation(recommendation.id),
            title: OSCALText.line("Recommendation \(recommendation.id)", fallback: recommendation.id.rawValue),
            description: OSCALText.multiline(recommendation.summary, fallback: recommendation.id.rawValue), props: props,
            citation: recommendation.quote.map { OSCALBackMatter.Citation(text: OSCALText.line($0, fallback: $0)) })
    }
}
