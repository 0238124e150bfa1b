/// The RFC 4180 record scanner over raw bytes, shared by every reader in this module.
///
/// It reads records from `position` up to `end` in a buffer that holds a whole file:
/// quoted fields with commas, doubled quotes and line breaks, CRLF or LF line ends, blank
/// lines skipped.  It never copies a field; a `CSVRecord` points into the buffer.  A lone
/// CR (not followed by LF) is ordinary data.  Each byte is looked at once, so a field with
/// many line breaks costs what the same bytes on ordinary rows cost.
///
/// A field longer than `maxCellBytes` is still read to its end (so the next record starts in
/// the right place) but marked in `CSVRecord.overLong`; the reader rejects that record.
struct CSVScanner {
    static let comma: UInt8 = 0x2C, quote: UInt8 = 0x22, lf: UInt8 = 0x0A, cr: UInt8 = 0x0D
    /// The longest cell accepted, in bytes (64 KiB, enclosing quotes excluded). Register cells are
    /// names, ids, dates, amounts and short descriptions; a longer one is a broken export or
    /// hostile, and would otherwise reach the name matcher.
    static let maxCellBytes = 65_536

    let base: UnsafePointer<UInt8>
    /// First byte of content in the buffer (3 after a UTF-8 byte-order mark), for columns.
    let contentStart: Int
    let end: Int
    let file: String
    var position: Int
    var line: Int
    var record: CSVRecord

    init(base: UnsafePointer<UInt8>, contentStart: Int, start: Int, end: Int, line: Int, file: String) {
        self.base = base
        self.contentStart = contentStart
        self.position = start
        self.end = end
        self.line = line
        self.file = file
        record = CSVRecord(base: base, file: file, contentStart: contentStart)
    }

    /// Reads the next record into `record`; false at the end of the range.
    mutating func next() throws(RegisterError) -> Bool {
        record.fields.removeAll(keepingCapacity: true)
        record.overLong = nil
        skipBlankLines()
        guard position < end else { return false }
        record.start = position
        record.line = line
        while true {
            if base[position] == Self.quote {
                if try readQuotedField() { break }
            } else if try readPlainField() {
                break
            }
        }
        record.end = position
        return true
    }

    private mutating func skipBlankLines() {
        while position < end {
            let byte = base[position]
            if byte == Self.lf {
                position += 1
            } else if byte == Self.cr, position + 1 < end, base[position + 1] == Self.lf {
                position += 2
            } else {
                return
            }
            line += 1
        }
    }

    /// Reads one unquoted field; true when it ended the record.
    private mutating func readPlainField() throws(RegisterError) -> Bool {
        let start = position
        var p = position
        while p < end {
            let byte = base[p]
            if byte == Self.comma || byte == Self.lf || byte == Self.quote { break }
            if byte == Self.cr, p + 1 < end, base[p + 1] == Self.lf { break }
            p += 1
        }
        if p < end, base[p] == Self.quote {
            throw RegisterError.quoteInUnquotedField(location(of: p, line: line))
        }
        append(CSVFieldSpan(start: start, end: p, line: line, quoted: false, escaped: false))
        position = p
        return finishField()
    }

    /// Reads one quoted field starting at the opening quote; true when it ended the record.
    private mutating func readQuotedField() throws(RegisterError) -> Bool {
        let open = position, openLine = line
        var p = position + 1, escaped = false, lines = 0
        while true {
            guard p < end else {
                throw RegisterError.unterminatedQuote(location(of: open, line: openLine))
            }
            let byte = base[p]
            if byte == Self.quote {
                if p + 1 < end, base[p + 1] == Self.quote {
                    escaped = true
                    p += 2
                    continue
                }
                break
            }
            if byte == Self.lf { lines += 1 }
            p += 1
        }
        append(CSVFieldSpan(start: open + 1, end: p, line: openLine, quoted: true, escaped: escaped))
        line += lines
        position = p + 1
        if position < end {
            let byte = base[position]
            let atEnd = byte == Self.comma || byte == Self.lf
                || (byte == Self.cr && position + 1 < end && base[position + 1] == Self.lf)
            if !atEnd { throw RegisterError.textAfterClosingQuote(location(of: position, line: line)) }
        }
        return finishField()
    }

    private mutating func append(_ span: CSVFieldSpan) {
        if span.end - span.start > Self.maxCellBytes, record.overLong == nil { record.overLong = record.fields.count }
        record.fields.append(span)
    }

    /// Consumes the delimiter after a field; true when the record ended.
    private mutating func finishField() -> Bool {
        guard position < end else { return true }
        switch base[position] {
        case Self.comma:
            position += 1
            if position == end {  // "a,b," at end of input: a last, empty field
                record.fields.append(CSVFieldSpan(start: end, end: end, line: line, quoted: false, escaped: false))
                return true
            }
            return false
        case Self.lf:
            position += 1
        default:  // CR LF
            position += 2
        }
        line += 1
        return true
    }

    /// After a structural error: continue at the line after the one holding `offset`.
    mutating func resynchronise(after offset: Int, errorLine: Int) {
        var p = offset
        while p < end, base[p] != Self.lf { p += 1 }
        position = min(p + 1, end)
        line = errorLine + 1
    }

    func location(of offset: Int, line: Int) -> SourceLocation {
        SourceLocation(file: file, line: line, column: Self.column(of: offset, base: base, contentStart: contentStart))
    }

    /// 1-based column in characters: UTF-8 lead bytes between the line start and `offset`.
    static func column(of offset: Int, base: UnsafePointer<UInt8>, contentStart: Int) -> Int {
        var p = offset
        while p > contentStart, base[p - 1] != lf { p -= 1 }
        var column = 1
        while p < offset {
            if base[p] & 0xC0 != 0x80 { column += 1 }
            p += 1
        }
        return column
    }
}

/// Where one field lies in the buffer (quotes excluded) and on which line it starts.
struct CSVFieldSpan {
    var start: Int
    var end: Int
    var line: Int
    var quoted: Bool
    /// The field holds doubled quotes that must be undoubled to read its value.
    var escaped: Bool
}
