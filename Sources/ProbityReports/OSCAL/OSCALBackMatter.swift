/// An OSCAL document's `back-matter`: the resources its links point at.
public struct OSCALBackMatter: Sendable, Hashable, Codable {
    public var resources: [Resource]

    public struct Resource: Sendable, Hashable, Codable {
        public var uuid: String
        public var title: String
        public var description: String?
        public var props: [OSCALProperty]?
        public var citation: Citation?
        public var rlinks: [Rlink]?

        public init(uuid: String, title: String, description: String? = nil, props: [OSCALProperty] = [],
                    citation: Citation? = nil, rlinks: [Rlink] = []) {
            self.uuid = uuid
            self.title = title
            self.description = description
            self.props = props.nonEmptyArray
            self.citation = citation
            self.rlinks = rlinks.nonEmptyArray
        }
    }

    public struct Citation: Sendable, Hashable, Codable {
        public var text: String
    }

    /// A link to the resource itself, with its hash.
    public struct Rlink: Sendable, Hashable, Codable {
        public var href: String
        public var mediaType: String?
        public var hashes: [Hash]?

        enum CodingKeys: String, CodingKey {
            case href, hashes
            case mediaType = "media-type"
        }
    }

    public struct Hash: Sendable, Hashable, Codable {
        public var algorithm: String
        public var value: String
    }
}
