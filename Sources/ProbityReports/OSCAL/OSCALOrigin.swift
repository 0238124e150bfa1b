/// Who produced an observation or finding: a party (the assessor) or a tool.
public struct OSCALOrigin: Sendable, Hashable, Codable {
    public var actors: [Actor]

    public struct Actor: Sendable, Hashable, Codable {
        public var type: String
        public var actorUUID: String
        public var roleID: String?

        enum CodingKeys: String, CodingKey {
            case type
            case actorUUID = "actor-uuid"
            case roleID = "role-id"
        }
    }

    /// A party acting in a role.
    public static func party(_ uuid: String, role: String) -> OSCALOrigin {
        OSCALOrigin(actors: [Actor(type: "party", actorUUID: uuid, roleID: role)])
    }
}
