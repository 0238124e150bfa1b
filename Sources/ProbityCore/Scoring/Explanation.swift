/// One step of a "why" trail: a sentence, the things it refers to, and the steps beneath it.
/// The trail runs from the overall grade to each area, each item, its evidence and figures.
public struct Explanation: Sendable, Hashable, Codable {
    public var text: String
    public var refs: [Reference]
    public var children: [Explanation]

    public init(_ text: String, refs: [Reference] = [], children: [Explanation] = []) {
        self.text = text
        self.refs = refs
        self.children = children
    }

    /// Something an explanation points at.
    public struct Reference: Sendable, Hashable, Codable {
        public enum Kind: String, Sendable, Hashable, Codable {
            case area, item, evidence, finding, figure, recommendation, register
        }

        public var kind: Kind
        public var id: String

        public init(_ kind: Kind, _ id: String) {
            self.kind = kind
            self.id = id
        }
    }

    /// The trail as indented lines, for text reports.
    public func lines(indent: Int = 0) -> [String] {
        [String(repeating: "  ", count: indent) + text] + children.flatMap { $0.lines(indent: indent + 1) }
    }
}
