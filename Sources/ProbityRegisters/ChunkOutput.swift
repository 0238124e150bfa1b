/// The rows, interners and problems of one chunk.
struct ChunkOutput<Row: RegisterRow>: Sendable {
    var rows: [Row] = []
    var context: RowDecodingContext
    var skipped: [SkippedRow] = []
    var error: RegisterError?
    /// A quoting error was skipped in this chunk.
    var quoting = false

    init(reader: CSVReader, chunk: CSVChunk, headers: [String], columns: Row.Columns, skipBadRows: Bool) {
        var rows: [Row] = []
        var context = RowDecodingContext(headers: headers)
        rows.reserveCapacity(max(16, (chunk.end - chunk.start) / 100))
        do {
            (skipped, quoting) = try reader.scanCounting(chunk, fieldCount: headers.count,
                                                         skipBadRows: skipBadRows) { record throws(RegisterError) in
                rows.append(try Row.decode(record, columns, &context))
            }
        } catch {
            self.error = error
        }
        self.rows = rows
        self.context = context
    }

}
