/// Contracts arranged for the checks: per supplier sorted by award date, and per
/// (supplier, decision maker) sorted by award date, each searched by binary search.
struct ContractIndex: Sendable {
    /// Contract indices grouped by supplier (`start[s]..<start[s + 1]`), by award date then file order.
    private var bySupplier: [Int32] = []
    /// The award day of each entry of `bySupplier`, side by side for the binary search.
    private var awardDays: [Int32] = []
    private var start: [Int] = []
    /// (supplier << 32 | staff, award day, contract index), sorted.
    private var byDecisionMaker: [(key: UInt64, day: Int32, contract: Int32)] = []
    let contracts: [Contract]

    init(contracts: [Contract], supplierOf: [Int32], supplierCount: Int) {
        self.contracts = contracts
        var counts = [Int](repeating: 0, count: supplierCount + 1)
        for s in supplierOf where s >= 0 { counts[Int(s) + 1] += 1 }
        for s in 0..<supplierCount { counts[s + 1] += counts[s] }
        start = counts
        var fill = counts
        bySupplier = [Int32](repeating: 0, count: counts[supplierCount])
        for (c, s) in supplierOf.enumerated() where s >= 0 {
            bySupplier[fill[Int(s)]] = Int32(c)
            fill[Int(s)] += 1
        }
        for s in 0..<supplierCount where start[s + 1] - start[s] > 1 {
            let segment = bySupplier[start[s]..<start[s + 1]]
            let inOrder = zip(segment, segment.dropFirst()).allSatisfy {
                contracts[Int($0)].awardDate <= contracts[Int($1)].awardDate
            }
            if !inOrder {  // registers are usually in date order already
                bySupplier[start[s]..<start[s + 1]].sort {
                    (contracts[Int($0)].awardDate.dayNumber, $0) < (contracts[Int($1)].awardDate.dayNumber, $1)
                }
            }
        }
        awardDays = bySupplier.map { contracts[Int($0)].awardDate.dayNumber }
        for (c, s) in supplierOf.enumerated() where s >= 0 {
            guard let staff = contracts[c].decisionMaker else { continue }
            byDecisionMaker.append((Self.key(s, staff), contracts[c].awardDate.dayNumber, Int32(c)))
        }
        byDecisionMaker.sort { ($0.key, $0.day, $0.contract) < ($1.key, $1.day, $1.contract) }
    }

    static func key(_ supplier: Int32, _ staff: StaffRef) -> UInt64 {
        UInt64(UInt32(bitPattern: supplier)) << 32 | UInt64(UInt32(bitPattern: staff.rawValue))
    }

    /// The first contract with `supplier` awarded in `from...to`, if any.
    func firstAward(supplier: Int32, from: Int32, to: Int32) -> Int? {
        let lo = start[Int(supplier)], hi = start[Int(supplier) + 1]
        var a = lo, b = hi
        while a < b {
            let mid = (a + b) / 2
            if awardDays[mid] < from { a = mid + 1 } else { b = mid }
        }
        guard a < hi, awardDays[a] <= to else { return nil }
        return Int(bySupplier[a])
    }

    /// The first contract with `supplier` decided by `staff` awarded in `from...to`, if any.
    func firstAward(supplier: Int32, decidedBy staff: StaffRef, from: Int32 = .min, to: Int32 = .max) -> Int? {
        let key = Self.key(supplier, staff)
        var a = 0, b = byDecisionMaker.count
        while a < b {
            let mid = (a + b) / 2
            let entry = byDecisionMaker[mid]
            if entry.key < key || (entry.key == key && entry.day < from) { a = mid + 1 } else { b = mid }
        }
        guard a < byDecisionMaker.count else { return nil }
        let entry = byDecisionMaker[a]
        return entry.key == key && entry.day <= to ? Int(entry.contract) : nil
    }
}
