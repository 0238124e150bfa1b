/// One step in a path into a JSON document.
public enum JSONPathComponent: Sendable, Hashable {
    case key(String)
    case index(Int)
}

/// A path into a JSON document, printed as `answers[12].status`.
public struct JSONPath: Sendable, Hashable, CustomStringConvertible {
    public var components: [JSONPathComponent]

    public init(_ components: [JSONPathComponent] = []) { self.components = components }

    public init(codingPath: [any CodingKey]) {
        components = codingPath.map { key in
            if let index = key.intValue { return .index(index) }
            return .key(key.stringValue)
        }
    }

    public func appending(_ key: String) -> JSONPath { JSONPath(components + [.key(key)]) }
    public func appending(index: Int) -> JSONPath { JSONPath(components + [.index(index)]) }

    public static func + (lhs: JSONPath, rhs: JSONPath) -> JSONPath {
        JSONPath(lhs.components + rhs.components)
    }

    public var description: String {
        var text = ""
        for component in components {
            switch component {
            case .key(let key):
                if !text.isEmpty { text += "." }
                text += key
            case .index(let index):
                text += "[\(index)]"
            }
        }
        return text.isEmpty ? "(document)" : text
    }
}
