/// The paths of the four register files.
public struct RegisterFiles: Sendable, Hashable {
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

    public init(mapping: ColumnMapping = .identity, skipBadRows: Bool = false, chunkSize: Int = 4 << 20) {
        self.mapping = mapping
        self.skipBadRows = skipBadRows
        self.chunkSize = chunkSize
    }

    /// Maps and reads the files at `files`.
    public func load(_ files: RegisterFiles,
                     progress: ((CrosscheckProgress) -> Void)? = nil) throws(RegisterError) -> RegisterSet {
        var readers: [RegisterKind: CSVReader] = [:]
        for register in RegisterKind.allCases {
            readers[register] = try CSVReader.open(path: files[register])
        }
        return try load(readers, progress: progress)
    }

    /// Reads registers already in memory (tests, or data from elsewhere); all four are needed.
    public func load(_ readers: [RegisterKind: CSVReader],
                     progress: ((CrosscheckProgress) -> Void)? = nil) throws(RegisterError) -> RegisterSet {
        var state = MergeState()
        var hospitality: [HospitalityEntry] = [], contracts: [Contract] = []
        var suppliers: [Supplier] = [], interests: [BusinessInterest] = []
        var files: [RegisterKind: String] = [:]
        for (step, register) in RegisterKind.allCases.enumerated() {
            guard let reader = readers[register] else {
                throw RegisterError.invalidArgument("no \(register) register given")
            }
            files[register] = reader.file
            progress?(CrosscheckProgress(phase: .reading, fraction: 0.5 * Double(step) / 4, detail: reader.file))
            switch register {
            case .hospitality: hospitality = try read(reader, as: HospitalityEntry.self, into: &state)
            case .contracts: contracts = try read(reader, as: Contract.self, into: &state)
            case .suppliers: suppliers = try read(reader, as: Supplier.self, into: &state)
            case .interests: interests = try read(reader, as: BusinessInterest.self, into: &state)
            }
        }
        return RegisterSet(hospitality: hospitality, contracts: contracts, suppliers: suppliers, interests: interests,
                           names: StringTable(state.names), staff: StringTable(state.staff),
                           values: StringTable(state.values), skipped: state.skipped, files: files)
    }

    private func read<Row: RegisterRow>(_ reader: CSVReader, as: Row.Type,
                                        into state: inout MergeState) throws(RegisterError) -> [Row] {
        let header = try reader.header()
        let resolved = try ResolvedColumns(register: Row.register, header: header.names, mapping: mapping,
                                           file: reader.file)
        let columns = Row.columns(resolved)
        let chunks = reader.plan(start: header.dataStart, line: header.dataLine, targetSize: chunkSize)
        let skipBadRows = self.skipBadRows
        let outputs: [ChunkOutput<Row>] = parallelMap(chunks.count) { k in
            ChunkOutput(reader: reader, chunk: chunks[k], fieldCount: resolved.fieldCount, columns: columns,
                        skipBadRows: skipBadRows)
        }
        var rows: [Row] = []
        rows.reserveCapacity(outputs.reduce(0) { $0 + $1.rows.count })
        for output in outputs {
            if let error = output.error { throw error }
            let remap = state.merge(output.context)
            for row in output.rows { rows.append(row.remapped(remap)) }
            state.skipped += output.skipped
        }
        return rows
    }
}

/// The rows, interners and problems of one chunk.
struct ChunkOutput<Row: RegisterRow>: Sendable {
    var rows: [Row] = []
    var context = RowDecodingContext()
    var skipped: [SkippedRow] = []
    var error: RegisterError?

    init(reader: CSVReader, chunk: CSVChunk, fieldCount: Int, columns: Row.Columns, skipBadRows: Bool) {
        var rows: [Row] = []
        var context = RowDecodingContext()
        rows.reserveCapacity(max(16, (chunk.end - chunk.start) / 100))
        do {
            skipped = try reader.scan(chunk, fieldCount: fieldCount, skipBadRows: skipBadRows) { record throws(RegisterError) in
                rows.append(try Row.decode(record, columns, &context))
            }
        } catch {
            self.error = error
        }
        self.rows = rows
        self.context = context
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
