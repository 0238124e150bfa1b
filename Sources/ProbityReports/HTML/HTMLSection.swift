/// A top-level part of a report page: an `<h2>` heading (listed in the contents) and its
/// content, which may use `<h3>` and `<h4>` but no higher heading, so headings stay in order.
public struct HTMLSection: Sendable, Hashable {
    /// The fragment id, made by this module from fixed words and typed ids.
    public var id: String
    public var heading: String
    public var content: [HTMLNode]
    /// A summary printed on a page of its own: the detail starts on the next A4 page.
    public var ownPage: Bool

    public init(id: String, heading: String, content: [HTMLNode], ownPage: Bool = false) {
        self.id = id
        self.heading = heading
        self.content = content
        self.ownPage = ownPage
    }

    var node: HTMLNode {
        var attributes = [HTMLAttribute("aria-labelledby", "\(id)-heading"), .id(id)]
        if ownPage { attributes.append(.class("own-page")) }
        return .element("section", attributes,
                 [.element("h2", [.id("\(id)-heading")], text: heading)] + content)
    }
}
