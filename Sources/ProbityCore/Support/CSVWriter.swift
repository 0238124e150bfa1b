/// Writes CSV for spreadsheets into a byte buffer: the one CSV writer, used by the reports'
/// `CSVField` and by the register cross-check's flags and name map.
///
/// A cell's text is untrusted (a narrative, a register row), so it is neutralised: a cell that
/// starts with `=`, `+`, `-`, `@`, a tab or a carriage return would be run as a formula by
/// Excel, LibreOffice or Google Sheets, so it gets a leading apostrophe (`'=HYPERLINK(...)`).
/// It is then quoted when it must be (a comma, a quote, a line break, or a leading or trailing
/// space that a reader might trim), quotes doubled (RFC 4180).
public struct CSVWriter: Sendable {
    /// The first bytes that make a spreadsheet treat a cell as a formula.
    public static let formulaTriggers: Set<UInt8> = [0x3D, 0x2B, 0x2D, 0x40, 0x09, 0x0D]  // = + - @ tab CR

    public private(set) var bytes: [UInt8] = []

    public init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    public var string: String { String(decoding: bytes, as: UTF8.self) }

    /// Text written as it is: a header, a separator, a value Probity itself produced.
    public mutating func raw(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    /// One cell of untrusted text, neutralised and quoted as needed.
    public mutating func cell(_ text: String) {
        let utf8 = text.utf8
        let neutralised = utf8.first.map { Self.formulaTriggers.contains($0) } ?? false
        let needsQuotes = utf8.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
            || (!neutralised && utf8.first == 0x20) || utf8.last == 0x20
        if needsQuotes { bytes.append(0x22) }
        if neutralised { bytes.append(0x27) }
        for byte in utf8 {
            bytes.append(byte)
            if byte == 0x22 { bytes.append(0x22) }
        }
        if needsQuotes { bytes.append(0x22) }
    }

    /// Cells separated by commas, then `lineEnd`.
    public mutating func line(_ cells: [String], lineEnd: String = "\n") {
        for (index, text) in cells.enumerated() {
            if index > 0 { bytes.append(0x2C) }
            cell(text)
        }
        raw(lineEnd)
    }

    /// `text` as one cell: neutralised, then quoted as needed.
    public static func cell(_ text: String) -> String {
        var writer = CSVWriter(capacity: text.utf8.count + 3)
        writer.cell(text)
        return writer.string
    }

    /// `text` made inert for spreadsheets: prefixed with `'` when it starts with a trigger.
    public static func neutralise(_ text: String) -> String {
        guard let first = text.utf8.first, formulaTriggers.contains(first) else { return text }
        return "'" + text
    }
}
