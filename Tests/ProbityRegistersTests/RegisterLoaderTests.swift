import Foundation
import Testing
@testable import ProbityRegisters

@Suite struct RegisterLoaderTests {
    func loadError(_ readers: [RegisterKind: CSVReader], mapping: ColumnMapping = .identity) -> String? {
        do {
            _ = try RegisterLoader(mapping: mapping).load(readers)
            return nil
        } catch {
            return error.message
        }
    }

    /// A force's own export: other header names, other order, extra columns.
    @Test func aColumnMappingReadsAForcesOwnExport() throws {
        let export = """
        Decided By,Notes,Contract Ref,Award Date,Supplier Name,Value (GBP)\r
        S9,first,C1,10/01/2024,NORTHERN FLEET SERVICES LIMITED,"1,000.00"\r
        S2,,C2,2025-01-10,Apex Data Solutions,£500\r
        S3,x,C3,2024-06-01,Kestrel Kennel Ltd,10\r

        """
        let mapping = try ColumnMapping.decode(Data("""
        {"schemaVersion": 1, "contracts": {"contract_id": "Contract Ref", "supplier": "Supplier Name",
         "award_date": "Award Date", "value_gbp": "Value (GBP)", "decision_maker_staff_id": "decided by"}}
        """.utf8), file: "mapping.json")
        let registers = try RegisterLoader(mapping: mapping).load(RegisterFixtures.readers(contracts: export))
        #expect(registers.contracts.map(\.id.rawValue) == ["C1", "C2", "C3"])
        #expect(registers.contracts.map(\.awardDate.description) == ["2024-01-10", "2025-01-10", "2024-06-01"])
        #expect(registers.contracts.map(\.valuePence) == [100_000, 50_000, 1_000])
        #expect(registers.contracts.map { $0.decisionMaker.map { registers.staff[$0] } } == ["S9", "S2", "S3"])
        let report = Crosschecker(rules: try CrosscheckRules.defaults).run(registers, asOf: RegisterFixtures.asOf)
        #expect(report.findings.filter { $0.check == .a }.map(\.rowID.rawValue) == ["H1", "H2"])
    }

    @Test func aMissingRequiredColumnNamesTheMappedHeader() throws {
        let export = "Contract Ref,Supplier Name\r\nC1,x\r\n"
        let mapping = ColumnMapping(headers: [.contracts: ["contract_id": "Contract Ref", "supplier": "Supplier Name",
                                                           "award_date": "Award Date"]])
        #expect(loadError(RegisterFixtures.readers(contracts: export), mapping: mapping)
            == "contracts.csv:1:1: missing required column \"award_date\" (mapped from \"Award Date\")")
        #expect(loadError(RegisterFixtures.readers(contracts: "contract_id,supplier\nC1,x\n"))
            == "contracts.csv:1:1: missing required column \"award_date\"")
    }

    @Test func anInvalidDateOrAmountPointsAtTheField() {
        let badDate = RegisterFixtures.contracts.replacingOccurrences(of: "2025-01-10", with: "2025-02-30")
        #expect(loadError(RegisterFixtures.readers(contracts: badDate))
            == "contracts.csv:3:24: invalid date \"2025-02-30\" in column \"award_date\" (expected YYYY-MM-DD or DD/MM/YYYY)")
        let badAmount = RegisterFixtures.contracts.replacingOccurrences(of: "500,S2", with: "5OO,S2")
        #expect(loadError(RegisterFixtures.readers(contracts: badAmount))
            == "contracts.csv:3:35: invalid amount \"5OO\" in column \"value_gbp\" (expected a number such as 1234.50)")
        let noID = RegisterFixtures.interests.replacingOccurrences(of: "BI3,", with: ",")
        #expect(loadError(RegisterFixtures.readers(interests: noID))
            == "interests.csv:4:1: empty value in required column \"application_id\"")
    }

    @Test func skipBadRowsCountsAndListsThem() throws {
        let bad = RegisterFixtures.contracts.replacingOccurrences(of: "2025-01-10", with: "2025-13-10")
            + "C4,Too,Few\r\n"
        let registers = try RegisterLoader(skipBadRows: true).load(RegisterFixtures.readers(contracts: bad))
        #expect(registers.contracts.map(\.id.rawValue) == ["C1", "C3"])
        #expect(registers.skipped.map(\.line) == [3, 5])
        #expect(registers.skipped.map(\.message) == [
            "contracts.csv:3:24: invalid date \"2025-13-10\" in column \"award_date\" (expected YYYY-MM-DD or DD/MM/YYYY)",
            "contracts.csv:5:11: expected 5 fields as in the header, found 3",
        ])
        let report = Crosschecker(rules: try CrosscheckRules.defaults).run(registers, asOf: RegisterFixtures.asOf)
        #expect(report.skipped.count == 2)
        #expect(TextReportRenderer.render(report).contains("Skipped rows: 2"))
    }

    /// A stray quote makes the parallel chunk boundaries (found by counting quotes) unreliable:
    /// with skipBadRows the file is read again in one piece, so only the bad row is lost.
    @Test func aQuotingErrorInAChunkedFileLosesOnlyItsRow() throws {
        var text = "contract_id,supplier,award_date,value_gbp,decision_maker_staff_id\r\n"
        for i in 1...200 {
            let supplier = i == 57 ? "Bad \"Quote Ltd" : (i % 7 == 0 ? "\"Apex Data Solutions, Ltd\"" : "Kestrel Kennel Ltd")
            text += "C\(i),\(supplier),2024-06-01,10,S3\r\n"
        }
        let readers = RegisterFixtures.readers(contracts: text)
        let registers = try RegisterLoader(skipBadRows: true, chunkSize: 256).load(readers)
        #expect(registers.contracts.count == 199)
        #expect(registers.skipped.map(\.message) == [
            "contracts.csv:58:9: '\"' inside an unquoted field; quote the whole field and double the '\"'"])
        #expect(throws: RegisterError.self) { _ = try RegisterLoader(chunkSize: 256).load(readers) }
    }

    @Test func mappingFileErrorsNameTheKey() {
        func error(_ json: String) -> String? {
            do {
                _ = try ColumnMapping.decode(Data(json.utf8), file: "m.json")
                return nil
            } catch {
                return error.message
            }
        }
        #expect(error("{\"contract\": {}}")?.hasPrefix("m.json: contract: unknown register") == true)
        #expect(error("{\"contracts\": {\"awardDate\": \"X\"}}")?.hasPrefix("m.json: contracts.awardDate: unknown column") == true)
        #expect(error("[1]") == "m.json: expected a JSON object")
    }

    @Test func readsFilesFromDisk() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("registers-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        func write(_ name: String, _ text: String) throws -> String {
            let path = directory.appendingPathComponent(name).path
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            return path
        }
        let paths = RegisterPaths(hospitality: try write("h.csv", RegisterFixtures.hospitality),
                                  contracts: try write("c.csv", RegisterFixtures.contracts),
                                  suppliers: try write("s.csv", RegisterFixtures.suppliers),
                                  interests: try write("i.csv", RegisterFixtures.interests))
        let report = try Crosschecker(rules: try CrosscheckRules.defaults)
            .run(files: paths, loader: RegisterLoader(chunkSize: 64), asOf: RegisterFixtures.asOf)
        #expect(report.counts[.a] == 2 && report.counts[.c] == 2)
        #expect(throws: RegisterError.self) {
            _ = try RegisterLoader().load(RegisterPaths(hospitality: "/nonexistent/h.csv", contracts: paths.contracts,
                                                        suppliers: paths.suppliers, interests: paths.interests))
        }
    }
}
