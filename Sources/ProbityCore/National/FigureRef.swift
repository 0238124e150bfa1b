/// One figure of an area's data return, named `area:path` (`information:investigations.total`)
/// in rules files and reports.
public struct FigureRef: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var area: AreaID
    public var path: String

    public init(_ area: AreaID, _ path: String) {
        self.area = area
        self.path = path
    }

    /// Parses `area:path`; nil when either part is missing.
    public init?(parsing text: String) {
        let parts = text.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { return nil }
        self.init(AreaID(parts[0]), parts[1])
    }

    public var description: String { "\(area):\(path)" }

    public static func < (lhs: FigureRef, rhs: FigureRef) -> Bool { lhs.description < rhs.description }
}

extension FigureRef: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let parsed = FigureRef(parsing: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "expected a figure as \"area:path\" (information:investigations.total), found \"\(text)\"")
        }
        self = parsed
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
