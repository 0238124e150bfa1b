/// One record read by `CSVScanner`: field spans into the file buffer, valid until the
/// scanner reads the next record.
struct CSVRecord {
    let base: UnsafePointer<UInt8>
    let file: String
    let contentStart: Int
    var fields: [CSVFieldSpan] = []
    var start = 0
    var end = 0
    var line = 0
    /// The first field longer than `CSVScanner.maxCellBytes`, if any.
    var overLong: Int?

    init(base: UnsafePointer<UInt8>, file: String, contentStart: Int) {
        self.base = base
        self.file = file
        self.contentStart = contentStart
        fields.reserveCapacity(32)
    }

    var count: Int { fields.count }

    /// Where field `index` starts: its opening quote, for a quoted field.
    func location(_ index: Int) -> SourceLocation {
        let span = fields[index]
        return SourceLocation(file: file, line: span.line,
                              column: CSVScanner.column(of: span.start - (span.quoted ? 1 : 0), base: base,
                                                        contentStart: contentStart))
    }

    /// The error for an over-long field, if the record has one.
    var overLongError: RegisterError? {
        overLong.map { .cellTooLong(location($0), bytes: fields[$0].end - fields[$0].start, limit: CSVScanner.maxCellBytes) }
    }

    /// The raw bytes of field `index` (quotes removed, doubled quotes still doubled).
    func raw(_ index: Int) -> UnsafeBufferPointer<UInt8> {
        let span = fields[index]
        return UnsafeBufferPointer(start: base + span.start, count: span.end - span.start)
    }

    /// The raw bytes of field `index` without leading and trailing spaces or tabs.
    func trimmed(_ index: Int) -> UnsafeBufferPointer<UInt8> {
        let span = fields[index]
        var lo = span.start, hi = span.end
        while lo < hi, base[lo] == 0x20 || base[lo] == 0x09 { lo += 1 }
        while hi > lo, base[hi - 1] == 0x20 || base[hi - 1] == 0x09 || base[hi - 1] == 0x0D { hi -= 1 }
        return UnsafeBufferPointer(start: base + lo, count: hi - lo)
    }

    /// Calls `body` with the field's value: its bytes with doubled quotes undoubled.
    func withValue<R>(_ index: Int, scratch: inout [UInt8], trim: Bool,
                      _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        let bytes = trim ? trimmed(index) : raw(index)
        guard fields[index].escaped else { return body(bytes) }
        scratch.removeAll(keepingCapacity: true)
        var i = 0
        while i < bytes.count {
            scratch.append(bytes[i])
            i += bytes[i] == CSVScanner.quote ? 2 : 1
        }
        return scratch.withUnsafeBufferPointer(body)
    }

    /// The field's value as a String (doubled quotes undoubled). The bytes are valid UTF-8
    /// because the reader validated the file first.
    func string(_ index: Int, trim: Bool = false) -> String {
        var scratch: [UInt8] = []
        return withValue(index, scratch: &scratch, trim: trim) { String(decoding: $0, as: UTF8.self) }
    }
}
