/// Contracts arranged for the checks: per supplier sorted by award date, and per
/// (supplier, decision maker) sorted by award date, each searched by binary search.
///
/// Nothing depends on the order of the rows in the file: of several contracts awarded on the
/// same day, the one with the smallest contract id is the one reported.
struct ContractIndex: Sendable {
    /// Contract indices grouped by supplier (`start[s]..<start[s + 1]`), by award date; the
    /// first of each run of equal days is the one with the smallest contract id.
    private var bySupplier: [Int32] = []
    /// The award day of each entry of `bySupplier`, side by side for the binary search.
    private var awardDays: [Int32] = []
    private var start: [Int] = []
    /// (supplier << 32 | staff, award day, contract index), sorted.
    private var byDecisionMaker: [(key: UInt64, day: Int32, contract: Int32)] = []
    let contracts: [Contract]

    /// Linear in the number of contracts whatever their order in the file: one stable radix
    /// sort by award day, then stable bucketing by supplier (and by decision maker), so every
    /// group comes out ordered by award date then file order without sorting each group.
    init(contracts: [Contract], supplierOf: [Int32], supplierCount: Int) {
        self.contracts = contracts
        // Plain arrays of the two fields sorted on (reading them through `Contract` copies
        // and releases its id string every time).
        let days = contracts.map(\.awardDate.dayNumber)
        let staff = contracts.map { $0.decisionMaker?.rawValue ?? -1 }
        let matched = supplierOf.indices.compactMap { supplierOf[$0] >= 0 ? Int32($0) : nil }
        let byDay = RadixSort.stable(matched) { Self.sortable(days[Int($0)]) }
        (bySupplier, start) = RadixSort.buckets(byDay, bucketCount: supplierCount) { Int(supplierOf[Int($0)]) }
        awardDays = bySupplier.map { days[Int($0)] }
        let decided = byDay.filter { staff[Int($0)] >= 0 }
        let byStaff = RadixSort.stable(decided) { Self.sortable(staff[Int($0)]) }
        let grouped = RadixSort.buckets(byStaff, bucketCount: supplierCount) { Int(supplierOf[Int($0)]) }.items
        byDecisionMaker = grouped.map { c in
            (Self.key(supplierOf[Int(c)], StaffRef(rawValue: staff[Int(c)])), days[Int(c)], c)
        }
        putSmallestIDFirst()
    }

    /// In every run of equal (group, day) entries, moves the contract with the smallest id to
    /// the run's start, where the binary searches land: one pass, each entry compared once.
    private mutating func putSmallestIDFirst() {
        let contracts = self.contracts
        func smallestFirst<T>(_ entries: inout [T], _ range: Range<Int>, _ contract: (T) -> Int32) {
            guard range.count > 1, let best = range.min(by: {
                contracts[Int(contract(entries[$0]))].id < contracts[Int(contract(entries[$1]))].id
            }) else { return }
            entries.swapAt(range.lowerBound, best)
        }
        for s in 0..<(start.count - 1) {
            var run = start[s]
            for i in start[s]..<start[s + 1] where awardDays[i] != awardDays[run] {
                smallestFirst(&bySupplier, run..<i, { $0 })
                run = i
            }
            smallestFirst(&bySupplier, run..<start[s + 1], { $0 })
        }
        var run = 0
        for i in byDecisionMaker.indices
        where byDecisionMaker[i].key != byDecisionMaker[run].key || byDecisionMaker[i].day != byDecisionMaker[run].day {
            smallestFirst(&byDecisionMaker, run..<i, { $0.contract })
            run = i
        }
        smallestFirst(&byDecisionMaker, run..<byDecisionMaker.count, { $0.contract })
    }

    /// An `Int32` as a `UInt32` in the same order.
    private static func sortable(_ value: Int32) -> UInt32 {
        UInt32(bitPattern: value) ^ 0x8000_0000
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
