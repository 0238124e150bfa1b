/// The paths of the four register files.
public struct RegisterPaths: Sendable, Hashable {
    public var hospitality: String
    public var contracts: String
    public var suppliers: String
    public var interests: String

    public init(hospitality: String, contracts: String, suppliers: String, interests: String) {
        self.hospitality = hospitality
        self.contracts = contracts
        self.suppliers = suppliers
        self.interests = interests
    }

    public subscript(register: RegisterKind) -> String {
        switch register {
        case .hospitality: return hospitality
        case .contracts: return contracts
        case .suppliers: return suppliers
        case .interests: return interests
        }
    }
}

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
        progress?(CrosscheckProgress(phase: .reading, fraction: 0.05, detail: "\(jobs.count) chunks"))
        let work = jobs
        var parsed = parallelMap(work.count) { work[$0]() }
        if let error = parsed.lazy.compactMap(\.error).first { throw error }
        parsed = try rereadAfterQuotingErrors(parsed, readers)
        progress?(CrosscheckProgress(phase: .reading, fraction: 0.35, detail: "merging"))
        var state = MergeState()
        let remaps = parsed.map { state.merge($0.context) }
        let chunks = parsed
        let remapped = parallelMap(chunks.count) { chunks[$0].remapped(remaps[$0]) }
        var set = RegisterSet(hospitality: [], contracts: [], suppliers: [], interests: [],
                              names: StringTable(state.names), staff: StringTable(state.staff),
                              values: StringTable(state.values), skipped: parsed.flatMap(\.skipped), files: files)
        for chunk in remapped { chunk.append(to: &set) }
        return set
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

/// A parsed chunk of one of the four registers.
enum ParsedChunk: Sendable {
    case hospitality(ChunkOutput<HospitalityEntry>)
    case contracts(ChunkOutput<Contract>)
    case suppliers(ChunkOutput<Supplier>)
    case interests(ChunkOutput<BusinessInterest>)

    var register: RegisterKind {
        switch self {
        case .hospitality: return .hospitality
        case .contracts: return .contracts
        case .suppliers: return .suppliers
        case .interests: return .interests
        }
    }

    var error: RegisterError? {
        switch self {
        case .hospitality(let c): return c.error
        case .contracts(let c): return c.error
        case .suppliers(let c): return c.error
        case .interests(let c): return c.error
        }
    }

    var quoting: Bool {
        switch self {
        case .hospitality(let c): return c.quoting
        case .contracts(let c): return c.quoting
        case .suppliers(let c): return c.quoting
        case .interests(let c): return c.quoting
        }
    }

    var context: RowDecodingContext {
        switch self {
        case .hospitality(let c): return c.context
        case .contracts(let c): return c.context
        case .suppliers(let c): return c.context
        case .interests(let c): return c.context
        }
    }

    var skipped: [SkippedRow] {
        switch self {
        case .hospitality(let c): return c.skipped
        case .contracts(let c): return c.skipped
        case .suppliers(let c): return c.skipped
        case .interests(let c): return c.skipped
        }
    }

    /// The chunk with its rows pointing into the merged tables (and its interners dropped).
    func remapped(_ remap: InternRemap) -> ParsedChunk {
        switch self {
        case .hospitality(let c): return .hospitality(c.remapped(remap))
        case .contracts(let c): return .contracts(c.remapped(remap))
        case .suppliers(let c): return .suppliers(c.remapped(remap))
        case .interests(let c): return .interests(c.remapped(remap))
        }
    }

    func append(to set: inout RegisterSet) {
        switch self {
        case .hospitality(let c): set.hospitality += c.rows
        case .contracts(let c): set.contracts += c.rows
        case .suppliers(let c): set.suppliers += c.rows
        case .interests(let c): set.interests += c.rows
        }
    }
}

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

    func remapped(_ remap: InternRemap) -> ChunkOutput {
        var copy = self
        copy.rows = rows.map { $0.remapped(remap) }
        copy.context = RowDecodingContext(headers: [])
        return copy
    }
}

/// The register set's tables while chunks are merged into them in file order.
struct MergeState {
    var names = ByteInterner(capacity: 1 << 16)
    var staff = ByteInterner(capacity: 1 << 12)
    var values = ByteInterner(capacity: 64)
    var skipped: [SkippedRow] = []

    mutating func merge(_ context: RowDecodingContext) -> InternRemap {
        InternRemap(names: Self.merge(context.names, into: &names),
                    staff: Self.merge(context.staff, into: &staff),
                    values: Self.merge(context.values, into: &values))
    }

    private static func merge(_ local: ByteInterner, into global: inout ByteInterner) -> [Int32] {
        var remap = [Int32](repeating: 0, count: local.count)
        local.storage.withUnsafeBufferPointer { store in
            for i in 0..<local.count {
                let bytes = UnsafeBufferPointer(rebasing: store[local.range(i)])
                remap[i] = global.intern(bytes, hash: local.hashes[i])
            }
        }
        return remap
    }
}
