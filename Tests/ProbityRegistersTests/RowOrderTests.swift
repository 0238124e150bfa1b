import Foundation
import Testing
@testable import ProbityRegisters

/// Registers are exported in any row order: the results must not depend on it.
@Suite struct RowOrderTests {
    /// What a run found, without what depends on file positions (line numbers, the order
    /// of findings and of first appearances).
    struct Outcome: Equatable {
        var flags: [String]
        var names: [String]
        var health: HealthFigures
        var matching: MatchingSummary
        var rows: [String: Int]

        init(_ report: CrosscheckReport) {
            flags = FlagsCSVRenderer.render(report).split(separator: "\n").map(String.init).sorted()
            names = NameMapCSVRenderer.render(report).split(separator: "\n").map(String.init).sorted()
            health = report.health
            matching = report.matching
            rows = report.rows
        }
    }

    @Test(arguments: [11, 12, 13] as [UInt64])
    func shuffledRowsGiveTheSameResults(seed: UInt64) throws {
        let sorted = SyntheticRegisters()
        let expected = Outcome(try sorted.report())
        #expect(expected.flags.count > 1000, "the fixture should flag plenty: \(expected.flags.count)")
        #expect(expected.names.contains { $0.contains(",fuzzy,") })
        let shuffled = sorted.shuffled(seed: seed)
        #expect(shuffled.contracts != sorted.contracts)
        let actual = Outcome(try shuffled.report())
        #expect(actual.flags == expected.flags)
        #expect(actual.names == expected.names)
        #expect(actual.health == expected.health)
        #expect(actual.matching == expected.matching)
        #expect(actual.rows == expected.rows)
    }

    /// Parsed in many small chunks, shuffled, the result is still the same.
    @Test func shuffledAndChunkedGiveTheSameResults() throws {
        let sorted = SyntheticRegisters(seed: 5, supplierCount: 120, rows: 1500)
        #expect(Outcome(try sorted.shuffled(seed: 2).report(chunkSize: 4096)) == Outcome(try sorted.report()))
    }

    /// Of contracts with one supplier awarded on the same day, the smallest id is reported
    /// (among those the staff member decided, when that is what is reported), whatever their
    /// order in the file.
    @Test func sameDayContractsReportTheSmallestID() throws {
        let header = "contract_id,supplier,award_date,value_gbp,decision_maker_staff_id"
        let rows = ["C9,Northern Fleet Services Ltd,2024-01-10,1,S1", "C3,Northern Fleet Services Ltd,2024-01-10,1,S9",
                    "C5,Northern Fleet Services Ltd,2024-01-10,1,S1", "C1,Northern Fleet Services Ltd,2024-01-12,1,S1"]
        let hospitality = """
            entry_id,date,staff_id,staff_name,rank,provider,provider_kind,kind,description,value_gbp,decision,peer_reviewed
            H1,2024-01-10,S1,Jo,PC,Northern Fleet Services Ltd,business,hospitality,Lunch,20,accepted,
            H2,2024-01-10,S2,Al,PC,Northern Fleet Services Ltd,business,hospitality,Lunch,20,accepted,

            """
        let interests = """
            application_id,staff_id,staff_name,role,business_name,category,status,decided_on,last_reviewed
            BI1,S1,Jo,Director,Northern Fleet Services,other,approved,2020-01-01,2025-01-01

            """
        for order in [[0, 1, 2, 3], [3, 2, 1, 0], [2, 0, 3, 1]] {
            let contracts = ([header] + order.map { rows[$0] }).joined(separator: "\r\n") + "\r\n"
            let report = try RegisterFixtures.report(RegisterFixtures.readers(
                hospitality: hospitality, contracts: contracts, interests: interests))
            let related = report.findings.map { "\($0.check.rawValue) \($0.rowID) \($0.relatedID?.rawValue ?? "-")" }
            #expect(related.filter { !$0.hasPrefix("e ") } == ["a H1 C5", "a H2 C3", "b BI1 -", "b_worse BI1 C5"],
                    "order \(order)")
        }
    }

    /// A firm listed twice (two ids, one name) is matched to its smallest id, exactly and
    /// approximately, whichever row comes first; and it does not make the approximate
    /// matches ambiguous.
    @Test func aSupplierListedTwiceMatchesItsSmallestID() throws {
        for ids in [("SUP7", "SUP4"), ("SUP4", "SUP7")] {
            let suppliers = SyntheticRegisters.headers[.suppliers, default: ""] + "\r\n"
                + "\(ids.0),Mendip Textile Services Ltd,1\r\n\(ids.1),MENDIP TEXTILE SERVICES LIMITED,2\r\n"
            let report = try RegisterFixtures.report(RegisterFixtures.readers(suppliers: suppliers, interests: """
                application_id,staff_id,staff_name,role,business_name,category,status,decided_on,last_reviewed\r
                BI1,S2,Al Bo,Director,Mendip Textile Services,other,approved,2020-01-01,2025-01-01\r
                BI2,S2,Al Bo,Director,Mendip Textlie Services,other,approved,2020-01-01,2025-01-01\r

                """))
            let b = report.findings.filter { $0.check == .b }
            #expect(b.map(\.supplierID?.rawValue) == ["SUP4", "SUP4"], "order \(ids)")
        }
    }

    /// Every register twice over (second copies with new ids, the supplier list repeated as it
    /// is): every finding twice.
    @Test func doubledRegistersFlagEverythingTwice() throws {
        let once = SyntheticRegisters(seed: 3, supplierCount: 100, rows: 1000)
        var twice = once
        func renamed(_ rows: [String]) -> [String] { rows.map { row in "X" + row } }
        twice.hospitality += renamed(once.hospitality)
        twice.contracts += renamed(once.contracts)
        twice.interests += renamed(once.interests)
        twice.suppliers += once.suppliers
        let single = try once.report(), double = try twice.report()
        for check in CheckID.allCases {
            #expect(double.counts[check] == 2 * (single.counts[check] ?? 0), "check \(check.rawValue)")
        }
        #expect(Set(double.findings.map(\.rowID.rawValue)).isSuperset(of: single.findings.map(\.rowID.rawValue)))
    }
}
