/// A data table with a caption, column headers (`<th scope="col">`) and a header cell per
/// row (`<th scope="row">`), wrapped so a wide table scrolls sideways on a phone instead of
/// widening the page.
public struct HTMLTable: Sendable, Hashable {
    public struct Column: Sendable, Hashable {
        public var title: String
        public var numeric: Bool

        public init(_ title: String, numeric: Bool = false) {
            self.title = title
            self.numeric = numeric
        }
    }

    public struct Row: Sendable, Hashable {
        /// The first cell, a row header.
        public var header: [HTMLNode]
        /// The other cells, one per column after the first.
        public var cells: [[HTMLNode]]
        public var attributes: [HTMLAttribute]

        public init(header: [HTMLNode], cells: [[HTMLNode]], attributes: [HTMLAttribute] = []) {
            self.header = header
            self.cells = cells
            self.attributes = attributes
        }

        public init(_ header: String, _ cells: [String], attributes: [HTMLAttribute] = []) {
            self.init(header: [.text(header)], cells: cells.map { [.text($0)] }, attributes: attributes)
        }
    }

    public var caption: String
    public var columns: [Column]
    public var rows: [Row]
    public var attributes: [HTMLAttribute]

    public init(caption: String, columns: [Column], rows: [Row], attributes: [HTMLAttribute] = []) {
        self.caption = caption
        self.columns = columns
        self.rows = rows
        self.attributes = attributes
    }

    public var node: HTMLNode {
        let head = HTMLNode.element("thead", [], [.element("tr", [], columns.map { column in
            .element("th", [HTMLAttribute("scope", "col")] + numericClass(column), text: column.title)
        })])
        let body = HTMLNode.element("tbody", [], rows.map(rowNode))
        let table = HTMLNode.element("table", attributes, [.element("caption", text: caption), head, body])
        return .element("div", [.class("table-scroll"), HTMLAttribute("role", "region"),
                                HTMLAttribute("aria-label", "\(caption) (table, scrolls sideways)"), HTMLAttribute("tabindex", "0")], [table])
    }

    func rowNode(_ row: Row) -> HTMLNode {
        var cells = [HTMLNode.element("th", [HTMLAttribute("scope", "row")], row.header)]
        for (index, content) in row.cells.enumerated() {
            let column = index + 1 < columns.count ? columns[index + 1] : Column("")
            cells.append(.element("td", numericClass(column), content))
        }
        return .element("tr", row.attributes, cells)
    }

    func numericClass(_ column: Column) -> [HTMLAttribute] { column.numeric ? [.class("num")] : [] }
}
