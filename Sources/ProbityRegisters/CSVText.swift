/// Writing CSV text into a byte buffer: fields quoted only when they must be (comma, quote,
/// line break, or leading/trailing space), quotes doubled; LF line ends.
struct CSVText {
    var bytes: [UInt8] = []

    init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    var string: String { String(decoding: bytes, as: UTF8.self) }

    mutating func raw(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    mutating func field(_ text: String) {
        let utf8 = text.utf8
        let needsQuotes = utf8.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
            || utf8.first == 0x20 || utf8.last == 0x20
        guard needsQuotes else { return bytes.append(contentsOf: utf8) }
        bytes.append(0x22)
        for byte in utf8 {
            bytes.append(byte)
            if byte == 0x22 { bytes.append(0x22) }
        }
        bytes.append(0x22)
    }

    /// Fields separated by commas, then a line end.
    mutating func line(_ fields: String...) {
        for (i, text) in fields.enumerated() {
            if i > 0 { bytes.append(0x2C) }
            field(text)
        }
        bytes.append(0x0A)
    }

    /// A score 0…1 with three decimals ("0.957", "1.000").
    mutating func score(_ value: Double) {
        let thousandths = max(0, min(1000, Int((value * 1000).rounded())))
        bytes.append(0x30 + UInt8(thousandths / 1000))
        bytes.append(0x2E)
        bytes.append(0x30 + UInt8(thousandths / 100 % 10))
        bytes.append(0x30 + UInt8(thousandths / 10 % 10))
        bytes.append(0x30 + UInt8(thousandths % 10))
    }

    static func field(_ text: String) -> String {
        var out = CSVText(capacity: text.utf8.count + 2)
        out.field(text)
        return out.string
    }
}
