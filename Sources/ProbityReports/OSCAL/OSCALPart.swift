/// An OSCAL `part`: a control's statement, guidance, or other prose.
public struct OSCALPart: Sendable, Hashable, Codable {
    public var id: String?
    public var name: String
    public var ns: String?
    public var title: String?
    public var prose: String?

    public init(id: String?, name: String, ns: String? = nil, title: String? = nil, prose: String?) {
        self.id = id
        self.name = name
        self.ns = ns
        self.title = title
        self.prose = prose
    }
}
