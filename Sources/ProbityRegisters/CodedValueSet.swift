/// Which coded values (ranks, decisions, statuses, …) are in a list from the rules,
/// compared trimmed and ignoring case; evaluated once per distinct value.
struct CodedValueSet: Sendable {
    private var member: [Bool]

    init(_ list: [String], values: StringTable) {
        let wanted = Set(list.map { $0.trimmingSpaces.lowercased() })
        member = (0..<values.count).map { wanted.contains(values[$0].lowercased()) }
    }

    func contains(_ value: ValueRef) -> Bool { member[Int(value.rawValue)] }
}
