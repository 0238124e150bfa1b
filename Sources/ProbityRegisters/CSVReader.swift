import Dispatch
import Foundation

/// Reads one CSV file (RFC 4180, UTF-8, optional byte-order mark) from memory or a mapped file.
///
/// Small files and tests use `readAll()`.  The register loader uses `header()`, `plan(...)`
/// and `scan(...)` to parse chunks of a large file on all cores: chunk boundaries are
/// record boundaries found exactly, by counting quotes (their parity says whether a line
/// break is inside a quoted field) in parallel before parsing.
public struct CSVReader: Sendable {
    /// The name used in messages (the path as the user gave it).
    public let file: String
    public let data: Data

    public init(file: String, data: Data) {
        self.file = file
        self.data = data
    }

    /// Maps the file at `path` into memory (read-only); `file` defaults to the path.
    public static func open(path: String, file: String? = nil) throws(RegisterError) -> CSVReader {
        do {
            let data = try Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped)
            return CSVReader(file: file ?? path, data: data)
        } catch {
            let reason = (error as NSError).localizedDescription
            throw RegisterError.unreadableFile(file: file ?? path, reason: reason)
        }
    }

    /// The header and every record as strings. With `skipBadRows`, bad records are
    /// returned in `skipped` instead of failing.
    public func readAll(skipBadRows: Bool = false) throws(RegisterError) -> CSVTable {
        let header = try header()
        var rows: [[String]] = []
        var lines: [Int] = []
        let whole = CSVChunk(start: header.dataStart, end: data.count, line: header.dataLine)
        let skipped = try scan(whole, fieldCount: header.names.count, skipBadRows: skipBadRows) { record in
            rows.append((0..<record.count).map { record.string($0) })
            lines.append(record.line)
        }
        return CSVTable(header: header.names, rows: rows, lines: lines, skipped: skipped)
    }

    // MARK: - Header

    struct Header {
        var names: [String]
        var dataStart: Int
        var dataLine: Int
        var contentStart: Int
    }

    func header() throws(RegisterError) -> Header {
        let result: Result<Header, RegisterError> = withBuffer { base, count in
            let bom = count >= 3 && base[0] == 0xEF && base[1] == 0xBB && base[2] == 0xBF ? 3 : 0
            var scanner = CSVScanner(base: base, contentStart: bom, start: bom, end: count, line: 1, file: file)
            do throws(RegisterError) {
                guard try scanner.next() else { return .failure(.emptyFile(file: file)) }
                if let bad = UTF8Validator.invalidOffsets(base, start: bom, end: scanner.position, limit: 1).first {
                    return .failure(.invalidUTF8(scanner.location(of: bad, line: lineOf(bad, base: base, from: bom, line: 1)),
                                                 byte: base[bad]))
                }
                if let error = scanner.record.overLongError { return .failure(error) }
                let names = (0..<scanner.record.count).map { scanner.record.string($0, trim: true) }
                var seen = Set<String>()
                for (i, name) in names.enumerated() where !seen.insert(name).inserted {
                    let span = scanner.record.fields[i]
                    return .failure(.duplicateColumn(scanner.location(of: span.start - (span.quoted ? 1 : 0), line: 1),
                                                     header: name))
                }
                return .success(Header(names: names, dataStart: scanner.position, dataLine: scanner.line,
                                       contentStart: bom))
            } catch {
                return .failure(error)
            }
        } ?? .failure(.emptyFile(file: file))
        return try result.get()
    }

    // MARK: - Chunks

    /// Splits `start..<data.count` into record-aligned chunks of about `targetSize` bytes.
    func plan(start: Int, line: Int, targetSize: Int) -> [CSVChunk] {
        let total = data.count - start
        guard total > targetSize * 3 / 2 else { return [CSVChunk(start: start, end: data.count, line: line)] }
        let blocks = (total + targetSize - 1) / targetSize
        let data = self.data
        let counts: [QuoteLineCount] = parallelMap(blocks) { k in
            data.withUnsafeBytes { raw in
                let lo = start + k * targetSize, hi = min(data.count, lo + targetSize)
                return QuoteLineCount.count(raw, from: lo, to: hi)
            }
        }
        var chunks: [CSVChunk] = []
        var quotes = 0, lines = line, chunkStart = start, chunkLine = line
        withBuffer { base, count in
            for k in 1..<blocks {
                quotes += counts[k - 1].quotes
                lines += counts[k - 1].lines
                let blockStart = start + k * targetSize
                guard let (boundary, extra) = Self.firstRecordStart(base, from: blockStart, end: count,
                                                                     inQuote: quotes % 2 == 1),
                      boundary > chunkStart else { continue }
                chunks.append(CSVChunk(start: chunkStart, end: boundary, line: chunkLine))
                chunkStart = boundary
                chunkLine = lines + extra
            }
        }
        chunks.append(CSVChunk(start: chunkStart, end: data.count, line: chunkLine))
        return chunks
    }

    /// The first offset after a line break outside quotes at or after `from`, and the line
    /// breaks passed on the way.
    private static func firstRecordStart(_ base: UnsafePointer<UInt8>, from: Int, end: Int,
                                         inQuote: Bool) -> (Int, Int)? {
        var inside = inQuote, lines = 0, p = from
        while p < end {
            let byte = base[p]
            if byte == CSVScanner.quote {
                inside.toggle()
            } else if byte == CSVScanner.lf {
                lines += 1
                if !inside { return (p + 1, lines) }
            }
            p += 1
        }
        return nil
    }

    // MARK: - Scanning

    /// Reads every record of `chunk`, calling `body` for each well-formed one with `fieldCount`
    /// fields. Bad records throw, or with `skipBadRows` are returned as skipped rows. `body`
    /// may throw to reject a record (a bad date, say); that is handled the same way.
    func scan(_ chunk: CSVChunk, fieldCount: Int, skipBadRows: Bool,
              _ body: (CSVRecord) throws(RegisterError) -> Void) throws(RegisterError) -> [SkippedRow] {
        try scanCounting(chunk, fieldCount: fieldCount, skipBadRows: skipBadRows, body).skipped
    }

    /// `scan`, also telling whether a quoting error was skipped (after which chunk boundaries
    /// found by counting quotes cannot be trusted, so the caller reads the file in one piece).
    func scanCounting(_ chunk: CSVChunk, fieldCount: Int, skipBadRows: Bool,
                      _ body: (CSVRecord) throws(RegisterError) -> Void) throws(RegisterError) -> (skipped: [SkippedRow], quoting: Bool) {
        var quoting = false
        let file = self.file
        let result: Result<[SkippedRow], RegisterError> = withBuffer { base, count in
            let bom = count >= 3 && base[0] == 0xEF && base[1] == 0xBB && base[2] == 0xBF ? 3 : 0
            let invalid = UTF8Validator.invalidOffsets(base, start: chunk.start, end: chunk.end,
                                                       limit: skipBadRows ? Int.max : 1)
            var scanner = CSVScanner(base: base, contentStart: bom, start: chunk.start, end: chunk.end,
                                     line: chunk.line, file: file)
            var skipped: [SkippedRow] = []
            var nextInvalid = 0
            while true {
                let recordLine = scanner.line
                let error: RegisterError
                do throws(RegisterError) {
                    guard try scanner.next() else { break }
                    let record = scanner.record
                    while nextInvalid < invalid.count, invalid[nextInvalid] < record.start { nextInvalid += 1 }
                    if nextInvalid < invalid.count, invalid[nextInvalid] < record.end {
                        let at = invalid[nextInvalid]
                        error = .invalidUTF8(scanner.location(of: at, line: lineOf(at, base: base, from: record.start,
                                                                                   line: record.line)), byte: base[at])
                    } else if let overLong = record.overLongError {
                        error = overLong
                    } else if record.count != fieldCount {
                        error = .wrongFieldCount(fieldCountLocation(record, expected: fieldCount, scanner: scanner),
                                                 expected: fieldCount, found: record.count)
                    } else {
                        try body(record)
                        continue
                    }
                } catch let thrown {
                    error = thrown
                    if thrown.isStructural, let at = thrown.location {
                        quoting = true
                        let offset = offsetOf(line: at.line, base: base, from: scanner.record.start,
                                              startLine: recordLine, end: chunk.end)
                        scanner.resynchronise(after: offset, errorLine: at.line)
                    }
                }
                guard skipBadRows else { return .failure(error) }
                skipped.append(SkippedRow(error, fallbackFile: file, fallbackLine: recordLine))
            }
            return .success(skipped)
        } ?? .success([])
        return (try result.get(), quoting)
    }

    private func fieldCountLocation(_ record: CSVRecord, expected: Int, scanner: CSVScanner) -> SourceLocation {
        if record.count > expected {
            let span = record.fields[expected]
            return scanner.location(of: span.start - (span.quoted ? 1 : 0), line: span.line)
        }
        var endOfRecord = record.end
        while endOfRecord > record.start,
              record.base[endOfRecord - 1] == CSVScanner.lf || record.base[endOfRecord - 1] == CSVScanner.cr {
            endOfRecord -= 1
        }
        let lastLine = record.fields.last?.line ?? record.line
        let lastStart = record.fields.last?.start ?? record.start
        return scanner.location(of: endOfRecord, line: lastLine + lineBreaks(record.base, from: lastStart, to: endOfRecord))
    }

    private func lineBreaks(_ base: UnsafePointer<UInt8>, from: Int, to: Int) -> Int {
        var n = 0
        for p in from..<max(from, to) where base[p] == CSVScanner.lf { n += 1 }
        return n
    }

    /// The line holding `offset`, counting line breaks from `from` (which is on `line`).
    private func lineOf(_ offset: Int, base: UnsafePointer<UInt8>, from: Int, line: Int) -> Int {
        line + lineBreaks(base, from: from, to: offset)
    }

    /// The offset of the start of `line`, searching forward from `from` (on `startLine`).
    private func offsetOf(line: Int, base: UnsafePointer<UInt8>, from: Int, startLine: Int, end: Int) -> Int {
        var p = from, current = startLine
        while current < line, p < end {
            if base[p] == CSVScanner.lf { current += 1 }
            p += 1
        }
        return p
    }

    /// Runs `body` with the file's bytes; nil for an empty file.
    func withBuffer<R>(_ body: (UnsafePointer<UInt8>, Int) -> R) -> R? {
        data.withUnsafeBytes { raw in
            guard let base = raw.bindMemory(to: UInt8.self).baseAddress, raw.count > 0 else { return nil }
            return body(base, raw.count)
        }
    }
}

extension RegisterError {
    /// A quoting error after which the scanner must skip to the next line to continue.
    var isStructural: Bool {
        switch self {
        case .unterminatedQuote, .quoteInUnquotedField, .textAfterClosingQuote: return true
        default: return false
        }
    }
}
