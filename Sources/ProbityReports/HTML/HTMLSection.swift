/// A top-level part of a report page: an `<h2>` heading (listed in the contents) and its
/// content, which may use `<h3>` and `<h4>` but no higher heading, so headings stay in order.
public struct HTMLSection: Sendable, Hashable {
    /// The fragment id, made by this module from fixed words and typed ids.
    public var id: String
    public var heading: String
    public var content: [HTMLNode]

    public init(id: String, heading: String, content: [HTMLNode]) {
        self.id = id
        self.heading = heading
        self.content = content
    }

    var node: HTMLNode {
        .element("section", [HTMLAttribute("aria-labelledby", "\(id)-heading"), .id(id)],
                 [.element("h2", [.id("\(id)-heading")], text: heading)] + content)
    }
}
