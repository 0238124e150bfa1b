import ProbityCore

/// Reads the four registers into a `RegisterSet`, parsing each file in record-aligned chunks
/// on all cores.
public struct RegisterLoader: Sendable {
    public var mapping: ColumnMapping
    /// Count and list bad rows instead of failing on the first.
    public var skipBadRows: Bool
    /// Bytes per parallel chunk.
    public var chunkSize: Int

    public init(mapping: ColumnMapping = .identity, skipBadRows: Bool = false, chunkSize: Int = 8 << 20) {
        self.mapping = mapping
        self.skipBadRows = skipBadRows
        self.chunkSize = chunkSize
    }

    /// Maps and reads the files at `files`.
    public func load(_ files: RegisterPaths,
                     progress: ((CrosscheckProgress) -> Void)? = nil) throws(RegisterError) -> RegisterSet {
        var readers: [RegisterKind: CSVReader] = [:]
        for register in RegisterKind.allCases {
            readers[register] = try CSVReader.open(path: files[register])
        }
        return try load(readers, progress: progress)
    }

    /// Reads registers already in memory (tests, or data from elsewhere); all four are needed.
    /// Every chunk of every file is parsed in one parallel pass; the chunks' tables are then
    /// merged in file order (so ids are deterministic) and the rows re-pointed in parallel.
    public func load(_ readers: [RegisterKind: CSVReader],
                     progress: ((CrosscheckProgress) -> Void)? = nil) throws(RegisterError) -> RegisterSet {
        var jobs: [@Sendable () -> ParsedChunk] = []
        var files: [RegisterKind: String] = [:]
        for register in RegisterKind.allCases {
            guard let reader = readers[register] else {
                throw RegisterError.invalidArgument("no \(register) register given")
            }
            files[register] = reader.file
            switch register {
            case .hospitality: jobs += try chunkJobs(reader, as: HospitalityEntry.self, wrap: ParsedChunk.hospitality)
            case .contracts: jobs += try chunkJobs(reader, as: Contract.self, wrap: ParsedChunk.contracts)
            case .suppliers: jobs += try chunkJobs(reader, as: Supplier.self, wrap: ParsedChunk.suppliers)
            case .interests: jobs += try chunkJobs(reader, as: BusinessInterest.self, wrap: ParsedChunk.interests)
            }
        }
        progress?(CrosscheckProgress(phase: .reading, fraction: 0.05, detail: Words.count(jobs.count, "chunk")))
        let work = jobs
        var parsed = parallelMap(work.count) { work[$0]() }
        if let error = parsed.lazy.compactMap(\.error).first { throw error }
        parsed = try rereadAfterQuotingErrors(parsed, readers)
        progress?(CrosscheckProgress(phase: .reading, fraction: 0.35, detail: "merging"))
        var state = MergeState()
        let remaps = parsed.map { state.merge($0.context) }
        for k in parsed.indices { parsed[k].dropTables() }
        let skipped = parsed.flatMap(\.skipped)
        let chunks = parsed
        parsed = []
        return RegisterSet(
            hospitality: Self.rows(chunks, remaps) { if case .hospitality(let c) = $0 { return c.rows } else { return nil } },
            contracts: Self.rows(chunks, remaps) { if case .contracts(let c) = $0 { return c.rows } else { return nil } },
            suppliers: Self.rows(chunks, remaps) { if case .suppliers(let c) = $0 { return c.rows } else { return nil } },
            interests: Self.rows(chunks, remaps) { if case .interests(let c) = $0 { return c.rows } else { return nil } },
            names: StringTable(state.names), staff: StringTable(state.staff),
            values: StringTable(state.values), skipped: skipped, files: files)
    }

    /// One register's rows from its chunks, re-pointed at the merged tables, in parallel.
    private static func rows<Row: RegisterRow>(_ chunks: [ParsedChunk], _ remaps: [InternRemap],
                                               _ select: @Sendable (ParsedChunk) -> [Row]?) -> [Row] {
        let mine = chunks.indices.compactMap { k in select(chunks[k]).map { (rows: $0, remap: remaps[k]) } }
        return parallelConcat(mine.map(\.rows.count)) { part, slot in
            let (rows, remap) = mine[part]
            for (i, row) in rows.enumerated() { slot.initializeElement(at: i, to: row.remapped(remap)) }
        }
    }

    /// Jobs parsing each chunk of one file.
    private func chunkJobs<Row: RegisterRow>(_ reader: CSVReader, as: Row.Type,
                                             wrap: @escaping @Sendable (ChunkOutput<Row>) -> ParsedChunk)
        throws(RegisterError) -> [@Sendable () -> ParsedChunk] {
        let header = try reader.header()
        let resolved = try ResolvedColumns(register: Row.register, header: header.names, mapping: mapping,
                                           file: reader.file)
        let columns = Row.columns(resolved)
        let skipBadRows = self.skipBadRows
        return reader.plan(start: header.dataStart, line: header.dataLine, targetSize: chunkSize).map { chunk in
            { wrap(ChunkOutput(reader: reader, chunk: chunk, headers: header.names, columns: columns,
                               skipBadRows: skipBadRows)) }
        }
    }

    /// With `skipBadRows`, a file where a quoting error was skipped is read again in one piece:
    /// its chunk boundaries came from counting quotes, which that error puts out of step.
    private func rereadAfterQuotingErrors(_ parsed: [ParsedChunk],
                                          _ readers: [RegisterKind: CSVReader]) throws(RegisterError) -> [ParsedChunk] {
        let broken = Set(parsed.filter(\.quoting).map(\.register))
        guard !broken.isEmpty else { return parsed }
        let whole = RegisterLoader(mapping: mapping, skipBadRows: skipBadRows, chunkSize: Int.max / 4)
        var result: [ParsedChunk] = []
        for register in RegisterKind.allCases {
            guard broken.contains(register), let reader = readers[register] else {
                result += parsed.filter { $0.register == register }
                continue
            }
            let jobs: [@Sendable () -> ParsedChunk]
            switch register {
            case .hospitality: jobs = try whole.chunkJobs(reader, as: HospitalityEntry.self, wrap: ParsedChunk.hospitality)
            case .contracts: jobs = try whole.chunkJobs(reader, as: Contract.self, wrap: ParsedChunk.contracts)
            case .suppliers: jobs = try whole.chunkJobs(reader, as: Supplier.self, wrap: ParsedChunk.suppliers)
            case .interests: jobs = try whole.chunkJobs(reader, as: BusinessInterest.self, wrap: ParsedChunk.interests)
            }
            result += jobs.map { $0() }
        }
        return result
    }
}
