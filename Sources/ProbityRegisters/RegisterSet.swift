/// The four registers, read and typed, with the tables their rows point into.
public struct RegisterSet: Sendable {
    public var hospitality: [HospitalityEntry]
    public var contracts: [Contract]
    public var suppliers: [Supplier]
    public var interests: [BusinessInterest]
    /// Organisation names as typed, shared by all four registers.
    public var names: StringTable
    public var staff: StringTable
    /// Coded values: ranks, decisions, peer review, kinds, categories, statuses.
    public var values: StringTable
    /// Rows left out under `skipBadRows`, in file order.
    public var skipped: [SkippedRow]
    /// The file name of each register, as used in messages.
    public var files: [RegisterKind: String]

    /// The number of rows read from `register`.
    public func rowCount(_ register: RegisterKind) -> Int {
        switch register {
        case .hospitality: return hospitality.count
        case .contracts: return contracts.count
        case .suppliers: return suppliers.count
        case .interests: return interests.count
        }
    }
}
