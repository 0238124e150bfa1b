/// One attribute of an element. The name is written by this module; the value may be user
/// text and is escaped when rendered. Attributes keep the order they are given in.
public struct HTMLAttribute: Sendable, Hashable {
    public var name: String
    public var value: String

    public init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }

    public static func `class`(_ value: String) -> HTMLAttribute { HTMLAttribute("class", value) }
    public static func id(_ value: String) -> HTMLAttribute { HTMLAttribute("id", value) }
    public static func data(_ name: String, _ value: String) -> HTMLAttribute { HTMLAttribute("data-\(name)", value) }
}
