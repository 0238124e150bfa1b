/// An integrity checklist: the areas, their items, the recommendations they derive from, and
/// the scoring model (grade scales, evidence factors, limits). Loaded from `Checklists/*.json`;
/// see `docs/checklist-format.md`.
public struct Checklist: Sendable, Hashable, Codable {
    public static let supportedSchemaVersions = [1]

    public var schemaVersion: Int
    public var id: ChecklistID
    public var version: String
    public var title: String
    public var year: Int
    /// The period the inspection's data return covers (2011: April 2010 to March 2011; the
    /// 2012 revisit: September 2011 to May 2012), the default period of a new assessment.
    /// Optional: without it a new assessment gets `AssessmentTemplate.defaultPeriod(year:)`.
    public var dataPeriod: Period?
    public var previousChecklist: ChecklistID?
    public var provenance: Provenance
    public var recommendations: [Recommendation]
    public var answerStatuses: [AnswerStatusDefinition]
    public var evidenceKinds: [EvidenceKindDefinition]
    /// Where evidence may come from, and its factor (optional: when absent every record is
    /// the force's own, factor 1).
    public var evidenceSources: [EvidenceSourceDefinition]?
    /// The standings a policy or procedure may have, and their factors (optional).
    public var documentStatuses: [DocumentStatusDefinition]?
    public var gradeScales: [GradeScale]
    public var scoring: ScoringModel
    public var areas: [ChecklistArea]
    public var crosswalk: Crosswalk?

    /// Every item, in area order.
    public var allItems: [ChecklistItem] { areas.flatMap(\.items) }

    public func area(_ id: AreaID) -> ChecklistArea? { areas.first { $0.id == id } }

    public func item(_ id: ItemID) -> ChecklistItem? {
        for area in areas { if let item = area.items.first(where: { $0.id == id }) { return item } }
        return nil
    }

    /// The area an item belongs to.
    public func areaID(of item: ItemID) -> AreaID? {
        areas.first { area in area.items.contains { $0.id == item } }?.id
    }

    public func recommendation(_ id: RecommendationID) -> Recommendation? {
        recommendations.first { $0.id == id }
    }

    public func gradeScale(_ id: ScaleID) -> GradeScale? { gradeScales.first { $0.id == id } }

    /// The scale the scoring model uses.
    public var activeScale: GradeScale? { gradeScale(scoring.gradeScale) }

    public func statusDefinition(_ status: AnswerStatus) -> AnswerStatusDefinition? {
        answerStatuses.first { $0.id == status }
    }

    public func evidenceKind(_ id: EvidenceKindID) -> EvidenceKindDefinition? {
        evidenceKinds.first { $0.id == id }
    }

    /// The source an evidence record names (`force` when it names none).
    public func evidenceSource(_ id: EvidenceSourceID?) -> EvidenceSourceDefinition? {
        let id = id ?? EvidenceSourceDefinition.forceID
        if let defined = evidenceSources?.first(where: { $0.id == id }) { return defined }
        return id == EvidenceSourceDefinition.forceID && evidenceSources == nil ? .forceDefault : nil
    }

    public func documentStatus(_ id: DocumentStatusID) -> DocumentStatusDefinition? {
        documentStatuses?.first { $0.id == id }
    }

    /// `id@version`, how a checklist is named in reports.
    public var reference: ChecklistReference { ChecklistReference(id: id, version: version) }
}

/// Where the checklist's content comes from, and the statement that it is our own wording.
public struct Provenance: Sendable, Hashable, Codable {
    public var statement: String
    public var sources: [SourceDocument]
}

public struct SourceDocument: Sendable, Hashable, Codable {
    public var id: SourceID
    public var title: String
    public var publisher: String
    public var year: Int
    public var isbn: String?
    public var note: String?
}

/// A published recommendation an item derives from (2011 or 2012).
public struct Recommendation: Sendable, Hashable, Codable {
    public var id: RecommendationID
    public var source: SourceID
    public var summary: String
    public var quote: String?
}

/// What an answer status means and how much it counts.
public struct AnswerStatusDefinition: Sendable, Hashable, Codable {
    public var id: AnswerStatus
    public var label: String
    public var meaning: String
    public var credit: Double?
    public var requiresReason: Bool?
    public var excludedFromScore: Bool?
    public var countsAsUnanswered: Bool?
}

/// A kind of evidence and how strongly it supports a claim (before date factors).
public struct EvidenceKindDefinition: Sendable, Hashable, Codable {
    public var id: EvidenceKindID
    public var label: String
    public var strength: Double
}

/// A checklist and version, as an assessment names what it answers.
public struct ChecklistReference: Sendable, Hashable, Codable, CustomStringConvertible {
    public var id: ChecklistID
    public var version: String?

    public init(id: ChecklistID, version: String?) {
        self.id = id
        self.version = version
    }

    public var description: String { version.map { "\(id)@\($0)" } ?? id.rawValue }
}
