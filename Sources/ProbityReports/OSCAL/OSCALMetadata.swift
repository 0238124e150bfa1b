/// An OSCAL document's `metadata`: title, times, versions, and the parties and their roles.
public struct OSCALMetadata: Sendable, Hashable, Codable {
    public var title: String
    public var lastModified: String
    public var version: String
    public var oscalVersion: String
    public var props: [OSCALProperty]?
    public var roles: [Role]?
    public var parties: [Party]?
    public var responsibleParties: [ResponsibleParty]?
    public var remarks: String?

    enum CodingKeys: String, CodingKey {
        case title, version, props, roles, parties, remarks
        case lastModified = "last-modified"
        case oscalVersion = "oscal-version"
        case responsibleParties = "responsible-parties"
    }

    public init(title: String, lastModified: String, version: String, props: [OSCALProperty] = [],
                roles: [Role] = [], parties: [Party] = [], responsibleParties: [ResponsibleParty] = [],
                remarks: String? = nil) {
        self.title = title
        self.lastModified = lastModified
        self.version = version
        self.oscalVersion = OSCALVocabulary.oscalVersion
        self.props = props.nonEmptyArray
        self.roles = roles.nonEmptyArray
        self.parties = parties.nonEmptyArray
        self.responsibleParties = responsibleParties.nonEmptyArray
        self.remarks = remarks
    }

    public struct Role: Sendable, Hashable, Codable {
        public var id: String
        public var title: String
    }

    /// A person or an organization.
    public struct Party: Sendable, Hashable, Codable {
        public var uuid: String
        public var type: String
        public var name: String
        public var shortName: String?
        public var props: [OSCALProperty]?
        public var memberOfOrganizations: [String]?

        enum CodingKeys: String, CodingKey {
            case uuid, type, name, props
            case shortName = "short-name"
            case memberOfOrganizations = "member-of-organizations"
        }
    }

    public struct ResponsibleParty: Sendable, Hashable, Codable {
        public var roleID: String
        public var partyUUIDs: [String]

        enum CodingKeys: String, CodingKey {
            case roleID = "role-id"
            case partyUUIDs = "party-uuids"
        }
    }
}
