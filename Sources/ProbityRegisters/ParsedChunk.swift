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

    /// Frees the chunk's own interners once merged.
    mutating func dropTables() {
        switch self {
        case .hospitality(var c): c.context = RowDecodingContext(headers: []); self = .hospitality(c)
        case .contracts(var c): c.context = RowDecodingContext(headers: []); self = .contracts(c)
        case .suppliers(var c): c.context = RowDecodingContext(headers: []); self = .suppliers(c)
        case .interests(var c): c.context = RowDecodingContext(headers: []); self = .interests(c)
        }
    }
}
