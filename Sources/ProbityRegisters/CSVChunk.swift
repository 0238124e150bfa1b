/// A record-aligned piece of a CSV file: bytes `start..<end`, the first on line `line`.
struct CSVChunk: Sendable, Hashable {
    var start: Int
    var end: Int
    var line: Int
}
