/// An OSCAL `prop`: a name/value pair, in Probity's namespace unless it is one of NIST's.
public struct OSCALProperty: Sendable, Hashable, Codable {
    public var name: String
    public var ns: String?
    public var value: String
    public var `class`: String?

    public init(name: String, ns: String?, value: String, class: String? = nil) {
        self.name = name
        self.ns = ns
        self.value = value
        self.class = `class`
    }

    /// A Probity property, or nil when the value is empty once cleaned for OSCAL.
    public static func probity(_ name: String, _ value: String, class: String? = nil) -> OSCALProperty? {
        OSCALText.value(value).map { OSCALProperty(name: name, ns: OSCALVocabulary.namespace, value: $0, class: `class`) }
    }

    /// A property from NIST's own vocabulary (no `ns`), such as `label`.
    public static func nist(_ name: String, _ value: String) -> OSCALProperty? {
        OSCALText.value(value).map { OSCALProperty(name: name, ns: nil, value: $0) }
    }
}
