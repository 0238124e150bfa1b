import Foundation
import ProbityCore
import Testing

/// How the shipped checklist files are written (the house rules `scripts/check_checklists.py`
/// used to check) and that the traceability table in docs/checklist-format.md matches the
/// items' tags. What a checklist means is checked by `probity checklist validate`.
@Suite struct ChecklistFilesTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let curlyQuotes: Set<Character> = ["\u{2018}", "\u{2019}", "\u{201A}", "\u{201B}", "\u{201C}", "\u{201D}", "\u{201E}", "\u{201F}", "\u{2032}", "\u{2033}"]

    @Test(arguments: ShippedChecklistTests.files)
    func fileIsTidy(_ name: String) throws {
        let text = try String(contentsOf: ShippedChecklistTests.directory.appendingPathComponent(name), encoding: .utf8)
        #expect(text.hasSuffix("}\n"), "\(name) must end with exactly one newline")
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            #expect(!line.hasSuffix(" "), "\(name):\(index + 1): trailing space")
            #expect(!line.contains("\t"), "\(name):\(index + 1): tab")
            #expect(!line.contains { Self.curlyQuotes.contains($0) }, "\(name):\(index + 1): curly quote; use plain ASCII")
            let indent = line.prefix { $0 == " " }.count
            #expect(indent % 2 == 0, "\(name):\(index + 1): indent by 2 spaces")
        }
        let checklist = try ChecklistCatalog.load(directory: ShippedChecklistTests.directory.path).checklists
            .first { "\($0.id).json" == name }
        #expect(checklist != nil, "\(name) must be named after its id")
    }

    /// The practice table: each row's tag lists, per checklist, the items carrying the tag.
    @Test func theTraceabilityTableMatchesTheTags() throws {
        let docs = try String(contentsOf: Self.root.appendingPathComponent("docs/checklist-format.md"), encoding: .utf8)
        let table = try #require(docs.components(separatedBy: "<!-- practice-table:begin").dropFirst().first?
            .components(separatedBy: "<!-- practice-table:end").first)
        let rows = table.split(separator: "\n").dropFirst(3).map { line in
            line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        }
        let catalog = try ChecklistCatalog.builtIn()
        let columns = [try catalog.checklist(id: "wfof-2011"), try catalog.checklist(id: "revisit-2012")]
        #expect(rows.count > 50, "the table has a row per practice")
        var tagsInTable: Set<String> = []
        for cells in rows where cells.count >= 6 {
            let tag = cells[2].trimmingCharacters(in: CharacterSet(charactersIn: "`"))
            tagsInTable.insert(tag)
            for (offset, checklist) in columns.enumerated() {
                let items = checklist.allItems.filter { $0.tags?.contains(tag) == true }.map(\.id.rawValue)
                #expect(cells[3 + offset] == (items.isEmpty ? "-" : items.joined(separator: ", ")), "\(tag) in \(checklist.id)")
            }
        }
        let used = Set(columns.flatMap(\.allItems).flatMap { $0.tags ?? [] })
        #expect(used.subtracting(tagsInTable).isEmpty, "tags with no row in the table: \(used.subtracting(tagsInTable).sorted())")
        #expect(tagsInTable.subtracting(used).isEmpty, "rows whose tag no item carries: \(tagsInTable.subtracting(used).sorted())")
    }
}
