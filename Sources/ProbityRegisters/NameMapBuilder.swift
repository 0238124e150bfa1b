/// The name map: each distinct typed name of each register with its match and row count.
struct NameMapBuilder {
    let registers: RegisterSet
    let matches: [NameMatch]

    func entries() -> [NameMapEntry] {
        entries(.hospitality, registers.hospitality.lazy.map(\.provider))
            + entries(.contracts, registers.contracts.lazy.map(\.supplier))
            + entries(.interests, registers.interests.lazy.map(\.business))
    }

    /// Distinct names of one register in order of first appearance, with their row counts.
    private func entries<S: Sequence>(_ source: RegisterKind, _ refs: S) -> [NameMapEntry] where S.Element == NameRef {
        var rows = [Int32](repeating: 0, count: registers.names.count)
        var order: [Int32] = []
        for ref in refs {
            let name = Int(ref.rawValue)
            if rows[name] == 0 { order.append(ref.rawValue) }
            rows[name] += 1
        }
        return order.map { name in
            let match = matches[Int(name)]
            return NameMapEntry(source: source, typedName: registers.names[Int(name)],
                                supplierID: match.supplier.map { registers.suppliers[$0].id },
                                rule: match.rule, score: match.score, rows: Int(rows[Int(name)]))
        }
    }

    func summary(_ entries: [NameMapEntry]) -> MatchingSummary {
        var byMethod: [String: Int] = [:], byRule: [String: Int] = [:]
        for entry in entries {
            byMethod[entry.method.rawValue, default: 0] += entry.rows
            byRule[entry.rule.rawValue, default: 0] += entry.rows
        }
        var used = [Bool](repeating: false, count: registers.names.count)
        for entry in registers.hospitality { used[Int(entry.provider.rawValue)] = true }
        for contract in registers.contracts { used[Int(contract.supplier.rawValue)] = true }
        for interest in registers.interests { used[Int(interest.business.rawValue)] = true }
        return MatchingSummary(distinctNames: used.lazy.filter { $0 }.count, rowsByMethod: byMethod, rowsByRule: byRule)
    }
}
