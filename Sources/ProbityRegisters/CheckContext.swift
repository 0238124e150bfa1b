import ProbityCore
/// The five checks and the health figures over one register set and its name matches.
struct CheckContext {
    let registers: RegisterSet
    let rules: CrosscheckRules
    let asOf: LocalDate
    /// Supplier index matched by each name (-1: none).
    let supplierOfName: [Int32]
    let contracts: ContractIndex
    let accepted, declined, chief, peerReviewed, inactive, approved, prohibited: CodedValueSet

    init(registers: RegisterSet, matches: [NameMatch], rules: CrosscheckRules, asOf: LocalDate) {
        self.registers = registers
        self.rules = rules
        self.asOf = asOf
        let supplierOfName = matches.map { Int32($0.supplier ?? -1) }
        self.supplierOfName = supplierOfName
        contracts = ContractIndex(contracts: registers.contracts,
                                  supplierOf: registers.contracts.map { supplierOfName[Int($0.supplier.rawValue)] },
                                  supplierCount: registers.suppliers.count)
        let values = registers.values
        accepted = CodedValueSet(rules.hospitality.acceptedDecisions, values: values)
        declined = CodedValueSet(rules.hospitality.declinedDecisions, values: values)
        chief = CodedValueSet(rules.hospitality.chiefOfficerRanks, values: values)
        peerReviewed = CodedValueSet(rules.hospitality.peerReviewedValues, values: values)
        inactive = CodedValueSet(rules.interests.inactiveStatuses, values: values)
        approved = CodedValueSet(rules.interests.approvedStatuses, values: values)
        prohibited = CodedValueSet(rules.interests.prohibitedCategories, values: values)
    }

    func supplier(_ name: NameRef) -> Int32 { supplierOfName[Int(name.rawValue)] }

    func supplierID(_ s: Int32) -> RowID { registers.suppliers[Int(s)].id }

    /// (a) accepted hospitality from a supplier awarded a contract within the window after.
    func checkA() -> [CrosscheckFinding] {
        let window = rules.hospitality.contractWindow
        var out: [CrosscheckFinding] = []
        for entry in registers.hospitality where accepted.contains(entry.decision) {
            let s = supplier(entry.provider)
            guard s >= 0 else { continue }
            let from = entry.date.dayNumber + Int32(window.fromDays), to = entry.date.dayNumber + Int32(window.toDays)
            guard var contract = contracts.firstAward(supplier: s, from: from, to: to) else { continue }
            var severity = rules.severities.hospitalityBeforeContract
            if let decided = contracts.firstAward(supplier: s, decidedBy: entry.staff, from: from, to: to) {
                contract = decided
                severity = rules.severities.hospitalityBeforeContractDecisionMaker
            }
            let award = registers.contracts[contract]
            out.append(CrosscheckFinding(check: .a, severity: severity, register: .hospitality, rowID: entry.id,
                                         line: Int(entry.line), supplierID: supplierID(s), relatedID: award.id,
                                         staffID: registers.staff[entry.staff], date: entry.date,
                                         relatedDate: award.awardDate))
        }
        return out
    }

    /// (b) live interests in a supplier; (b_worse) where the staff member decided one of its contracts.
    func checkB() -> [CrosscheckFinding] {
        var out: [CrosscheckFinding] = []
        for interest in registers.interests where !inactive.contains(interest.status) {
            let s = supplier(interest.business)
            guard s >= 0 else { continue }
            let decided = contracts.firstAward(supplier: s, decidedBy: interest.staff)
            let base = CrosscheckFinding(check: .b, severity: rules.severities.interestInSupplier, register: .interests,
                                         rowID: interest.id, line: Int(interest.line), supplierID: supplierID(s),
                                         relatedID: nil, staffID: registers.staff[interest.staff],
                                         date: interest.decidedOn, relatedDate: nil)
            out.append(base)
            if let decided {
                var worse = base
                worse.check = .bWorse
                worse.severity = rules.severities.interestInSupplierDecisionMaker
                worse.relatedID = registers.contracts[decided].id
                worse.relatedDate = registers.contracts[decided].awardDate
                out.append(worse)
            }
        }
        return out
    }

    /// (c) chief officers' hospitality accepted without peer review.
    func checkC() -> [CrosscheckFinding] {
        registers.hospitality.filter {
            chief.contains($0.rank) && accepted.contains($0.decision) && !peerReviewed.contains($0.peerReviewed)
        }.map {
            CrosscheckFinding(check: .c, severity: rules.severities.chiefOfficerNotReviewed, register: .hospitality,
                              rowID: $0.id, line: Int($0.line), supplierID: nil, relatedID: nil,
                              staffID: registers.staff[$0.staff], date: $0.date, relatedDate: nil)
        }
    }

    /// (d) approved second jobs in prohibited categories.
    func checkD() -> [CrosscheckFinding] {
        registers.interests.filter { approved.contains($0.status) && prohibited.contains($0.category) }.map {
            CrosscheckFinding(check: .d, severity: rules.severities.prohibitedSecondJob, register: .interests,
                              rowID: $0.id, line: Int($0.line), supplierID: nil, relatedID: nil,
                              staffID: registers.staff[$0.staff], date: $0.decidedOn, relatedDate: nil)
        }
    }

    /// (e) approved interests not reviewed since before as-of minus the review period (or never).
    func checkE() -> [CrosscheckFinding] {
        let cutoff = asOf.adding(months: -rules.interests.reviewPeriodMonths)
        return registers.interests.filter {
            approved.contains($0.status) && ($0.lastReviewed.map { $0 < cutoff } ?? true)
        }.map {
            CrosscheckFinding(check: .e, severity: rules.severities.reviewOverdue, register: .interests,
                              rowID: $0.id, line: Int($0.line), supplierID: nil, relatedID: nil,
                              staffID: registers.staff[$0.staff], date: $0.lastReviewed, relatedDate: nil)
        }
    }

    func health(workforce: Int?) -> HealthFigures {
        let entries = registers.hospitality
        let bounds = rules.hospitality.valueBandsGBP
        var bands = (0...bounds.count).map { i in
            ValueBand(fromGBP: i == 0 ? 0 : bounds[i - 1], belowGBP: i < bounds.count ? bounds[i] : nil,
                      entries: 0, totalGBP: 0)
        }
        var acceptedCount = 0, declinedCount = 0, chiefCount = 0, withoutValue = 0
        // Totals in whole pence, so they do not depend on the order of the rows (a sum of
        // doubles does); past Int64 (9.2e16 pounds) the double sum is used.
        var totalPence = [Int64](repeating: 0, count: bands.count)
        var totalDouble = [Double](repeating: 0, count: bands.count), overflowed = [Bool](repeating: false, count: bands.count)
        for entry in entries {
            if accepted.contains(entry.decision) { acceptedCount += 1 }
            if declined.contains(entry.decision) { declinedCount += 1 }
            if chief.contains(entry.rank) { chiefCount += 1 }
            guard let pence = entry.valuePence else {
                withoutValue += 1
                continue
            }
            let pounds = Double(pence) / 100
            let band = bounds.firstIndex { pounds < $0 } ?? bounds.count
            bands[band].entries += 1
            let (sum, overflow) = totalPence[band].addingReportingOverflow(pence)
            totalPence[band] = sum
            overflowed[band] = overflowed[band] || overflow
            totalDouble[band] += pounds
        }
        for band in bands.indices {
            bands[band].totalGBP = overflowed[band] ? totalDouble[band] : Double(totalPence[band]) / 100
        }
        func share(_ n: Int) -> Double { entries.isEmpty ? 0 : Double(n) / Double(entries.count) }
        return HealthFigures(
            hospitalityEntries: entries.count, accepted: acceptedCount, declined: declinedCount,
            declinedShare: share(declinedCount), workforce: workforce,
            entriesPer1000Workforce: workforce.flatMap { $0 > 0 ? Double(entries.count) * 1000 / Double($0) : nil },
            valueBands: bands, entriesWithoutValue: withoutValue, chiefOfficerEntries: chiefCount,
            chiefOfficerShare: share(chiefCount))
    }
}
