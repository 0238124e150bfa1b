/// One worksheet: a name, a header row (frozen) and rows of cells. Cells reuse `CSVField`:
/// text, a number, or empty. Text is written as an inline string, which a spreadsheet never
/// evaluates, so nothing a force wrote can run as a formula; numbers stay numbers.
public struct XLSXSheet: Sendable, Hashable {
    public var name: String
    public var header: [String]
    public var rows: [[CSVField]]

    public init(name: String, header: [String], rows: [[CSVField]]) {
        self.name = name
        self.header = header
        self.rows = rows
    }

    public init(name: String, table: CSVTable) {
        self.init(name: name, header: table.header, rows: table.rows)
    }

    /// The sheet's XML: the header row frozen, every row padded to the header's width.
    var xml: String {
        var text = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#
        text += #"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#
        text += #"<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>"#
        text += "<sheetData>"
        text += row(1, header.map(CSVField.text))
        for (index, cells) in rows.enumerated() {
            let padded = Array(cells.prefix(header.count)) + Array(repeating: CSVField.empty, count: max(0, header.count - cells.count))
            text += row(index + 2, padded)
        }
        return text + "</sheetData></worksheet>"
    }

    func row(_ number: Int, _ cells: [CSVField]) -> String {
        var text = #"<row r="\#(number)">"#
        for (column, cell) in cells.enumerated() {
            let reference = Self.columnName(column) + String(number)
            switch cell {
            case .text(let value):
                text += #"<c r="\#(reference)" t="inlineStr"><is><t xml:space="preserve">\#(XMLText.escape(value))</t></is></c>"#
            case .number(let value) where value.isFinite:
                text += #"<c r="\#(reference)"><v>\#(PlainNumber.format(value))</v></c>"#
            case .number, .empty:
                continue
            }
        }
        return text + "</row>"
    }

    /// `A`, `B`, ... `Z`, `AA`, ...
    static func columnName(_ index: Int) -> String {
        var number = index + 1
        var name = ""
        while number > 0 {
            let remainder = (number - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + remainder))) + name
            number = (number - 1) / 26
        }
        return name
    }
}
