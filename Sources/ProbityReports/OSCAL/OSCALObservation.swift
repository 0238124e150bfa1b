/// What was observed for one checklist item: the force's answer, its narrative and the
/// evidence records it cites.
public struct OSCALObservation: Sendable, Hashable, Codable {
    public var uuid: String
    public var title: String?
    public var description: String
    public var props: [OSCALProperty]?
    public var methods: [String]
    public var origins: [OSCALOrigin]?
    public var relevantEvidence: [RelevantEvidence]?
    public var collected: String

    enum CodingKeys: String, CodingKey {
        case uuid, title, description, props, methods, origins, collected
        case relevantEvidence = "relevant-evidence"
    }

    public struct RelevantEvidence: Sendable, Hashable, Codable {
        public var href: String?
        public var description: String
    }
}
