import ProbityCore
import ProbityRegisters

/// The register exports, rules and column mapping an assessment names, each resolved to a real
/// path inside the folders it may read from (`RegisterCrosscheck.resolve`).
public struct ResolvedRegisterFiles: Sendable, Hashable {
    public var registers: [RegisterKind: String] = [:]
    public var rules: String?
    public var mapping: String?

    public init() {}

    /// The four registers, when all are named.
    public var paths: RegisterPaths? {
        guard let hospitality = registers[.hospitality], let contracts = registers[.contracts],
            let suppliers = registers[.suppliers], let interests = registers[.interests]
        else { return nil }
        return RegisterPaths(hospitality: hospitality, contracts: contracts, suppliers: suppliers, interests: interests)
    }

    public func loadRules() throws -> CrosscheckRules { try rules.map { try CrosscheckRules.load(path: $0) } ?? .defaults }

    public func loadMapping() throws -> ColumnMapping { try mapping.map { try ColumnMapping.load(path: $0) } ?? .identity }
}
