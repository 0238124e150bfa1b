/// A CSV file as spreadsheets read it: a UTF-8 byte order mark (so Excel and LibreOffice
/// detect UTF-8), a header row, RFC 4180 fields and CRLF line ends.
public struct CSVTable: Sendable, Hashable {
    public static let byteOrderMark = "\u{FEFF}"
    public static let lineEnd = "\r\n"

    public var header: [String]
    public var rows: [[CSVField]]

    public init(header: [String], rows: [[CSVField]] = []) {
        self.header = header
        self.rows = rows
    }

    /// Every row padded (or cut) to the header's width, so each line has the same field count.
    public func render() -> String {
        var text = Self.byteOrderMark + line(header.map(CSVField.text))
        for row in rows { text += line(row) }
        return text
    }

    private func line(_ fields: [CSVField]) -> String {
        let width = header.count
        let padded = Array(fields.prefix(width)) + Array(repeating: CSVField.empty, count: max(0, width - fields.count))
        return padded.map(\.encoded).joined(separator: ",") + Self.lineEnd
    }
}
