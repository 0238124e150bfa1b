/// An OSCAL 1.1 catalog document: `{"catalog": {...}}`. Groups are checklist areas, controls
/// are checklist items.
public struct OSCALCatalog: Sendable, Hashable, Codable {
    public var catalog: Catalog

    public struct Catalog: Sendable, Hashable, Codable {
        public var uuid: String
        public var metadata: OSCALMetadata
        public var groups: [Group]
        public var backMatter: OSCALBackMatter?

        enum CodingKeys: String, CodingKey {
            case uuid, metadata, groups
            case backMatter = "back-matter"
        }
    }

    public struct Group: Sendable, Hashable, Codable {
        public var id: String
        public var title: String
        public var props: [OSCALProperty]?
        public var parts: [OSCALPart]?
        public var controls: [Control]
    }

    public struct Control: Sendable, Hashable, Codable {
        public var id: String
        public var title: String
        public var props: [OSCALProperty]?
        public var links: [OSCALLink]?
        public var parts: [OSCALPart]
    }
}
