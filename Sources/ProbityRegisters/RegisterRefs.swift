/// The id of a register row as written in its file (`H0000001`, `C0000001`, `SUP000001`, …).
public struct RowID: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public var rawValue: String
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public static func < (lhs: RowID, rhs: RowID) -> Bool { lhs.rawValue < rhs.rawValue }
    public var description: String { rawValue }
    public init(from decoder: Decoder) throws { rawValue = try decoder.singleValueContainer().decode(String.self) }
    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

/// An organisation name as typed in a register: an index into `RegisterSet.names`.
public struct NameRef: Sendable, Hashable {
    public var rawValue: Int32
    public init(rawValue: Int32) { self.rawValue = rawValue }
}

/// A staff id: an index into `RegisterSet.staff`.
public struct StaffRef: Sendable, Hashable {
    public var rawValue: Int32
    public init(rawValue: Int32) { self.rawValue = rawValue }
}

/// A short coded value (rank, decision, status, category, …): an index into `RegisterSet.values`.
public struct ValueRef: Sendable, Hashable {
    public var rawValue: Int32
    public init(rawValue: Int32) { self.rawValue = rawValue }
}
