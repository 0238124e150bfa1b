import Foundation
import Testing
import ProbityCLI

/// `probity crosscheck` end to end, in-process: good registers, and bad files that must give
/// one `Error: file:line:column: what is wrong` line and exit code 1.
@Suite struct CrosscheckCommandTests {
    static let suppliers = "supplier_id,name,company_number\r\nSUP1,Northern Fleet Services Ltd,00000001\r\nSUP2,Apex Data Solutions Ltd,00000002\r\n"
    static let contracts = "contract_id,supplier,award_date,value_gbp,decision_maker_staff_id\r\nC1,NORTHERN FLEET SERVICES LIMITED,2024-01-10,1000.00,S9\r\nC2,Apex Data Solutions,2025-01-10,500,S2\r\n"
    static let hospitality = """
    entry_id,date,staff_id,staff_name,rank,provider,provider_kind,kind,description,value_gbp,decision,peer_reviewed\r
    H1,2024-01-10,S1,"SMITH, Jo",PC,The Northern Fleet Services Ltd.,contractor,hospitality,"Dinner at ""The Ivy"", Leeds",45.00,accepted,\r
    H2,2024-01-11,S2,Al Bo,Supt,Apex Data Solutions Ltd,business,gratuity,Lunch,20,accepted,no\r
    H3,2024-02-01,S4,Ed Fu,CC,Leeds City Council,public,hospitality,Reception,300,accepted,no\r
    H4,2024-01-01,S1,"SMITH, Jo",PC,Northern Fleet Solutions Ltd,business,hospitality,Golf,100,accepted,\r

    """
    static let interests = """
    application_id,staff_id,staff_name,role,business_name,category,status,decided_on,last_reviewed\r
    BI1,S2,Al Bo,Director,Apex Data Solutions Ltd,other,approved,2020-01-01,2025-01-01\r
    BI2,S10,Ol Pa,Driver,Ride Share,driver,approved,2020-01-01,2024-03-31\r
    BI3,S13,Ul Vo,Volunteer,Rotary Club,other,approved,2020-01-01,\r

    """

    /// A directory holding the four registers, with `replacing` files swapped in.
    static func registers(_ replacing: [String: [UInt8]] = [:]) throws -> URL {
        let directory = try CLIHarness.temporaryDirectory()
        let files = ["hospitality.csv": hospitality, "contracts.csv": contracts,
                     "suppliers.csv": suppliers, "interests.csv": interests]
        for (name, text) in files {
            try Data(replacing[name] ?? Array(text.utf8)).write(to: directory.appendingPathComponent(name))
        }
        return directory
    }

    static let arguments = ["crosscheck", "--hospitality", "hospitality.csv", "--contracts", "contracts.csv",
                            "--suppliers", "suppliers.csv", "--interests", "interests.csv", "--as-of", "2025-03-31"]

    @Test func writesTheFlagsInTheEvaluatorsLayout() throws {
        let directory = try Self.registers()
        let result = CLIHarness.run(Self.arguments + ["--format", "csv", "--names-out", "names.csv"], in: directory)
        #expect(result.code == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        #expect(result.stdout == """
        check,row_id,supplier_id,related_id
        a,H1,SUP1,C1
        a,H2,SUP2,C2
        b,BI1,SUP2,
        b_worse,BI1,SUP2,C2
        c,H3,,
        d,BI2,,
        e,BI3,,

        """)
        let names = try String(contentsOf: directory.appendingPathComponent("names.csv"), encoding: .utf8)
        #expect(names.hasPrefix("source,typed_name,supplier_id,method,score\nhospitality,The Northern Fleet Services Ltd.,SUP1,exact,1.000\n"))
        #expect(names.contains("hospitality,Northern Fleet Solutions Ltd,,none,0.000\n"))
    }

    @Test func textAndJSONReports() throws {
        let directory = try Self.registers()
        let text = CLIHarness.run(Self.arguments + ["--workforce", "1000"], in: directory)
        #expect(text.code == 0)
        #expect(text.stdout.contains("Register cross-check, as of 2025-03-31"))
        #expect(text.stdout.contains("Entries per 1,000 workforce: 4.0 (workforce 1,000)"))
        let json = CLIHarness.run(Self.arguments + ["--format", "json", "-o", "report.json"], in: directory)
        #expect(json.code == 0)
        let data = try Data(contentsOf: directory.appendingPathComponent("report.json"))
        let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        #expect((object?["counts"] as? [String: Int])?["a"] == 2)
    }

    @Test func rulesAreReadFromAFile() throws {
        let directory = try Self.registers()
        try Data("{\"interests\": {\"prohibitedCategories\": []}}".utf8).write(to: directory.appendingPathComponent("rules.json"))
        let result = CLIHarness.run(Self.arguments + ["--format", "csv", "--rules", "rules.json"], in: directory)
        #expect(result.code == 0)
        #expect(!result.stdout.contains("\nd,"))
        try Data("{\"interests\": {\"reviewPeriod\": 6}}".utf8).write(to: directory.appendingPathComponent("bad.json"))
        let bad = CLIHarness.run(Self.arguments + ["--rules", "bad.json"], in: directory)
        #expect(bad.code == 1)
        #expect(bad.stderrLines.first?.hasPrefix("Error: bad.json: interests.reviewPeriod: unknown key") == true)
    }

    static let badFiles: [(file: String, content: [UInt8], message: String)] = [
        ("contracts.csv", Array((contracts + "C3,Kestrel Kennel Ltd,2024-06-01,10\r\n").utf8),
         "Error: contracts.csv:4:36: expected 5 fields as in the header, found 4"),
        ("contracts.csv", Array(contracts.replacingOccurrences(of: "2025-01-10", with: "2025-02-30").utf8),
         "Error: contracts.csv:3:24: invalid date \"2025-02-30\" in column \"award_date\" (expected YYYY-MM-DD or DD/MM/YYYY)"),
        ("suppliers.csv", Array("supplier_id,name,company_number\r\nSUP1,Caf".utf8) + [0xE9] + Array(" Rouge Ltd,1\r\n".utf8),
         "Error: suppliers.csv:2:9: invalid UTF-8 (byte 0xE9); save the file as UTF-8"),
        ("interests.csv", Array("application_id,staff_id,business_name,category,status\r\nBI1,S1,X,other,approved\r\n".utf8),
         "Error: interests.csv:1:1: missing required column \"last_reviewed\""),
        ("hospitality.csv", Array(hospitality.replacingOccurrences(of: ",45.00,", with: ",£45.00p,").utf8),
         "Error: hospitality.csv:2:120: invalid amount \"£45.00p\" in column \"value_gbp\" (expected a number such as 1234.50)"),
        ("hospitality.csv", Array(hospitality.replacingOccurrences(of: "\"Dinner at", with: "Dinner \"at").utf8),
         "Error: hospitality.csv:2:96: '\"' inside an unquoted field; quote the whole field and double the '\"'"),
    ]

    @Test("a bad register gives one precise error and exit 1", arguments: badFiles)
    func badRegister(_ file: String, _ content: [UInt8], _ message: String) throws {
        let directory = try Self.registers([file: content])
        let result = CLIHarness.run(Self.arguments, in: directory)
        #expect(result.code == 1)
        #expect(result.stderrLines == [message])
        #expect(result.stdout.isEmpty)
    }

    @Test func skipBadRowsCountsAndListsThem() throws {
        let bad = Array((Self.contracts + "C3,Kestrel Kennel Ltd,2024-06-01,10\r\n").utf8)
        let directory = try Self.registers(["contracts.csv": bad])
        let result = CLIHarness.run(Self.arguments + ["--skip-bad-rows"], in: directory)
        #expect(result.code == 0)
        #expect(result.stderr == "warning: 1 bad row skipped; it is listed in the report\n")
        #expect(result.stdout.contains("Skipped rows: 1\n  contracts.csv:4:36: expected 5 fields as in the header, found 4\n"))
    }

    @Test func aMissingRegisterIsAUsageError() throws {
        let result = CLIHarness.run(["crosscheck", "--hospitality", "h.csv"], in: try Self.registers())
        #expect(result.code == 64)
        #expect(result.stderrLines.first == "Error: missing --contracts FILE; all four registers are needed (or --assessment FILE naming them)")
    }

    @Test func aMissingFileIsNamed() throws {
        let directory = try Self.registers()
        try FileManager.default.removeItem(at: directory.appendingPathComponent("suppliers.csv"))
        let result = CLIHarness.run(Self.arguments, in: directory)
        #expect(result.code == 1)
        #expect(result.stderrLines.first?.hasPrefix("Error: suppliers.csv: cannot read file") == true)
    }

    @Test func progressOnlyOnATerminalAndNotWhenQuiet() throws {
        let directory = try Self.registers()
        #expect(CLIHarness.run(Self.arguments, in: directory).stderr.isEmpty)
        #expect(CLIHarness.run(Self.arguments, in: directory, isTerminal: true).stderr.contains("\r"))
        #expect(CLIHarness.run(Self.arguments + ["--quiet"], in: directory, isTerminal: true).stderr.isEmpty)
    }
}

/// Register cells a spreadsheet would run as formulas are neutralised in both CSV outputs.
@Suite struct CrosscheckCSVNeutralisationTests {
    static let hospitality = """
    entry_id,date,staff_id,staff_name,rank,provider,provider_kind,kind,description,value_gbp,decision,peer_reviewed\r
    H1,2024-01-10,S1,"SMITH, Jo",PC,The Northern Fleet Services Ltd.,contractor,hospitality,Dinner,45.00,accepted,\r
    @H3,2024-02-01,S4,Ed Fu,CC,"=HYPERLINK(""http://x"",""y"")",public,hospitality,Reception,300,accepted,no\r
    -H5,2024-02-02,S4,Ed Fu,CC,+44 Catering,public,hospitality,Tea,30,accepted,no\r

    """

    @Test func flagsAndNameMapNeutraliseFormulaCells() throws {
        let directory = try CrosscheckCommandTests.registers(["hospitality.csv": Array(Self.hospitality.utf8)])
        let result = CLIHarness.run(CrosscheckCommandTests.arguments + ["--format", "csv", "--names-out", "names.csv"], in: directory)
        #expect(result.code == 0, "\(result.stderr)")
        let flags = result.stdout.split(separator: "\n").map(String.init)
        #expect(flags.contains("c,'@H3,,"))
        #expect(flags.contains("c,'-H5,,"))
        let names = try String(contentsOf: directory.appendingPathComponent("names.csv"), encoding: .utf8)
        #expect(names.contains("hospitality,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",,none,0.000\n"))
        #expect(names.contains("hospitality,'+44 Catering,,none,0.000\n"))
        for line in (flags + names.split(separator: "\n").map(String.init)).dropFirst() {
            for cell in line.split(separator: ",", omittingEmptySubsequences: false) {
                let text = cell.hasPrefix("\"") ? cell.dropFirst() : cell
                #expect(text.first.map { !"=+-@\t\r".contains($0) } ?? true, "\(line): \(cell) would run as a formula")
            }
        }
    }
}
