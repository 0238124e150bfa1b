/// An OSCAL `link`, here always to a back-matter resource (`#uuid`).
public struct OSCALLink: Sendable, Hashable, Codable {
    public var href: String
    public var rel: String?

    public init(href: String, rel: String? = nil) {
        self.href = href
        self.rel = rel
    }

    /// A `reference` link to the back-matter resource with this UUID.
    public static func resource(_ uuid: String) -> OSCALLink { OSCALLink(href: "#" + uuid, rel: "reference") }
}
