/// An OSCAL finding: a judgement on one control (its statement satisfied or not) with the
/// observations behind it.
public struct OSCALFinding: Sendable, Hashable, Codable {
    public var uuid: String
    public var title: String
    public var description: String
    public var props: [OSCALProperty]?
    public var origins: [OSCALOrigin]?
    public var target: Target
    public var relatedObservations: [RelatedObservation]?
    public var remarks: String?

    enum CodingKeys: String, CodingKey {
        case uuid, title, description, props, origins, target, remarks
        case relatedObservations = "related-observations"
    }

    public struct Target: Sendable, Hashable, Codable {
        /// `statement-id` (a control's statement part) or `objective-id`.
        public var type: String
        public var targetID: String
        public var title: String?
        public var status: Status

        enum CodingKeys: String, CodingKey {
            case type, title, status
            case targetID = "target-id"
        }
    }

    public struct Status: Sendable, Hashable, Codable {
        /// `satisfied` or `not-satisfied`.
        public var state: String
        /// `pass`, `fail` or `other`.
        public var reason: String?

        public static let satisfied = Status(state: "satisfied", reason: "pass")
        public static let notSatisfied = Status(state: "not-satisfied", reason: "fail")
    }

    public struct RelatedObservation: Sendable, Hashable, Codable {
        public var observationUUID: String

        enum CodingKeys: String, CodingKey {
            case observationUUID = "observation-uuid"
        }
    }
}
