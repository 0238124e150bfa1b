/// A piece of an HTML page: an element with attributes and children, or text. Text and
/// attribute values are escaped when the node is rendered (`HTMLEscaping.escape`), so user
/// text can only ever be text. The one exception, the module's own stylesheet, cannot be made
/// outside this module.
public struct HTMLNode: Sendable, Hashable {
    indirect enum Content: Sendable, Hashable {
        case element(name: String, attributes: [HTMLAttribute], children: [HTMLNode])
        case text(String)
        /// The module's own CSS (`HTMLStylesheet`), never user text.
        case stylesheet(String)
    }

    let content: Content

    /// An element: `name` and attribute names are written by this module, never by a user.
    public static func element(_ name: String, _ attributes: [HTMLAttribute] = [], _ children: [HTMLNode] = []) -> HTMLNode {
        HTMLNode(content: .element(name: name, attributes: attributes, children: children))
    }

    /// An element holding one piece of text.
    public static func element(_ name: String, _ attributes: [HTMLAttribute] = [], text: String) -> HTMLNode {
        element(name, attributes, [.text(text)])
    }

    /// Text, escaped when rendered.
    public static func text(_ text: String) -> HTMLNode { HTMLNode(content: .text(text)) }

    static func stylesheet(_ css: String) -> HTMLNode { HTMLNode(content: .stylesheet(css)) }

    /// The node as markup, one block element per line, indented two spaces per level.
    public func render() -> String {
        var lines: [String] = []
        render(into: &lines, depth: 0)
        return lines.joined(separator: "\n") + "\n"
    }
}

extension HTMLNode {
    /// Elements that flow inside a line of text; an element whose content is all inline is
    /// written on one line so no whitespace is added inside it.
    static let inlineNames: Set<String> = [
        "a", "abbr", "b", "br", "code", "em", "i", "kbd", "mark", "small", "span", "strong", "sub", "sup",
        "time", "tspan",
    ]
    /// HTML elements that have no end tag.
    static let voidNames: Set<String> = ["br", "hr", "img", "meta"]
    /// SVG elements written self-closed when they have no children.
    static let selfClosingNames: Set<String> = ["circle", "line", "path", "polygon", "polyline", "rect", "use"]

    var isInline: Bool {
        switch content {
        case .text: return true
        case .stylesheet: return false
        case .element(let name, _, let children):
            return Self.inlineNames.contains(name) && children.allSatisfy(\.isInline)
        }
    }

    func render(into lines: inout [String], depth: Int) {
        let indent = String(repeating: "  ", count: depth)
        switch content {
        case .text(let text):
            lines.append(indent + HTMLEscaping.escape(text))
        case .stylesheet(let css):
            lines.append(indent + "<style>")
            lines.append(css.hasSuffix("\n") ? String(css.dropLast()) : css)
            lines.append(indent + "</style>")
        case .element(let name, let attributes, let children):
            if children.allSatisfy(\.isInline) {
                lines.append(indent + inlineMarkup())
                return
            }
            lines.append(indent + Self.openTag(name, attributes))
            for child in children { child.render(into: &lines, depth: depth + 1) }
            lines.append(indent + "</\(name)>")
        }
    }

    /// The node on one line.
    func inlineMarkup() -> String {
        switch content {
        case .text(let text):
            return HTMLEscaping.escape(text)
        case .stylesheet(let css):
            return "<style>\(css)</style>"
        case .element(let name, let attributes, let children):
            if children.isEmpty {
                if Self.voidNames.contains(name) { return Self.openTag(name, attributes) }
                if Self.selfClosingNames.contains(name) { return Self.openTag(name, attributes, selfClosing: true) }
            }
            return Self.openTag(name, attributes) + children.map { $0.inlineMarkup() }.joined() + "</\(name)>"
        }
    }

    static func openTag(_ name: String, _ attributes: [HTMLAttribute], selfClosing: Bool = false) -> String {
        let rendered = attributes.map { " \($0.name)=\"\(HTMLEscaping.escape($0.value))\"" }.joined()
        return "<\(name)\(rendered)\(selfClosing ? "/>" : ">")"
    }
}
