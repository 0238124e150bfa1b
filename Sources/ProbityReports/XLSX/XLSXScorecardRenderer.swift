import ProbityCore

/// A scored assessment as a workbook: the rows of the CSV export (`AssessmentCSVRenderer`)
/// split into one sheet per kind of record (grades, items, findings, figures returned), each
/// with only the columns that kind fills. Numbers stay numbers; text is never a formula.
public struct XLSXScorecardRenderer: Sendable {
    public init() {}

    /// The sheets and the CSV records each holds.
    static let sheets: [(name: String, records: Set<String>)] = [
        ("Grades", ["overall", "area"]), ("Items", ["item"]), ("Findings", ["finding"]), ("Figures returned", ["figure"]),
    ]

    public static func workbook(_ scorecard: Scorecard, assessment: Assessment, checklist: Checklist) -> XLSXWorkbook {
        let table = AssessmentCSVRenderer.table(scorecard, assessment: assessment, checklist: checklist)
        return XLSXWorkbook(sheets: sheets.map { sheet in
            let rows = table.rows.filter { row in
                if case .text(let record)? = row.first { return sheet.records.contains(record) }
                return false
            }
            return XLSXSheet.trimmed(name: sheet.name, header: table.header, rows: rows)
        })
    }
}

extension XLSXSheet {
    /// A sheet keeping only the columns some row fills (the first, the record kind, always).
    static func trimmed(name: String, header: [String], rows: [[CSVField]]) -> XLSXSheet {
        let used = header.indices.filter { column in
            column == 0 || rows.contains { row in
                guard column < row.count else { return false }
                if case .empty = row[column] { return false }
                return true
            }
        }
        return XLSXSheet(name: name, header: used.map { header[$0] },
                         rows: rows.map { row in used.map { $0 < row.count ? row[$0] : .empty } })
    }
}
