/// Where a piece of evidence comes from (the force's own documents and data, the inspectorate's
/// fieldwork, external research) and how much it counts; declared in the checklist
/// (`evidenceSources`).
public struct EvidenceSourceDefinition: Sendable, Hashable, Codable {
    public enum Origin: String, StrictStringEnum {
        case force
        case inspectorate
        case external
    }

    public var id: EvidenceSourceID
    public var label: String
    public var origin: Origin
    /// Multiplier applied to the evidence kind's strength.
    public var factor: Double

    /// The source of a record that names none.
    public static let forceID: EvidenceSourceID = "force"
    /// The force's own evidence, in a checklist that defines no sources.
    static let forceDefault = EvidenceSourceDefinition(id: forceID, label: "The force's own documents or data", origin: .force, factor: 1)
}

/// The standing of a policy or procedure (draft, under review, in force, superseded) and how
/// much it counts; declared in the checklist (`documentStatuses`).
public struct DocumentStatusDefinition: Sendable, Hashable, Codable {
    public var id: DocumentStatusID
    public var label: String
    public var factor: Double
}
