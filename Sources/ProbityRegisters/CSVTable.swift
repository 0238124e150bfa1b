/// A whole CSV file as strings: header, records, the line each record starts on, skipped rows.
public struct CSVTable: Sendable, Hashable {
    public var header: [String]
    public var rows: [[String]]
    public var lines: [Int]
    public var skipped: [SkippedRow]
}
