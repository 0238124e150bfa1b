import ProbityCore

/// The national view as a grid: one row per force, one column per area (and the overall
/// grade), each cell filled with its grade's colour and the grade's abbreviation as text; a
/// force not graded in an area shows NG on white. (No pattern here: hundreds of pattern
/// fills make a printed PDF tens of megabytes, and the abbreviation already tells the grade.)
public struct NationalGridChart: Sendable, Hashable, Codable {
    public struct Column: Sendable, Hashable, Codable {
        public var key: String
        public var label: String

        public init(key: String, label: String) {
            self.key = key
            self.label = label
        }
    }

    public struct Row: Sendable, Hashable, Codable {
        public var key: String
        public var label: String
        /// One grade per column; nil where the force has none.
        public var cells: [GradeID?]

        public init(key: String, label: String, cells: [GradeID?]) {
            self.key = key
            self.label = label
            self.cells = cells
        }
    }

    public var id: String
    public var title: String
    public var columns: [Column]
    public var rows: [Row]
    public var scale: GradeScale
    public var palette: GradePalette

    public init(id: String, title: String, columns: [Column], rows: [Row], scale: GradeScale,
                palette: GradePalette = .standard) {
        self.id = id
        self.title = title
        self.columns = columns
        self.rows = rows
        self.scale = scale
        self.palette = palette
    }

    static let cellWidth = 44.0
    static let cellHeight = 22.0
    static let gap = 2.0
    /// A generous average advance of a 12 px character, so full names fit without clipping.
    static let characterWidth = 7.0
    /// The column labels' slant: 50 degrees up from the horizontal.
    static let sine = 0.766
    static let cosine = 0.643

    /// Wide enough for the longest force name in full.
    var labelWidth: Double { max(120, Double(rows.map(\.label.count).max() ?? 0) * Self.characterWidth + 16) }
    var longestColumnLabel: Double { Double(columns.map(\.label.count).max() ?? 0) * Self.characterWidth }
    /// Tall enough for the longest area title, slanted, in full.
    var header: Double { max(40, longestColumnLabel * Self.sine + 20) }
    var width: Double { labelWidth + Double(columns.count) * (Self.cellWidth + Self.gap) + longestColumnLabel * Self.cosine + 8 }
    var height: Double { header + Double(rows.count) * (Self.cellHeight + Self.gap) + 8 }

    func columnX(_ index: Int) -> Double { labelWidth + Double(index) * (Self.cellWidth + Self.gap) }
    func rowY(_ index: Int) -> Double { header + Double(index) * (Self.cellHeight + Self.gap) }

    public var node: HTMLNode {
        SVGChart.root(id: id, width: width, height: height, title: title, description: description,
                      children: columnLabels
                        + rows.enumerated().map { rowNode($1, index: $0) })
    }

    public func render() -> String { node.render() }

    var description: String {
        let counts = scale.grades.map { grade -> String in
            let count = rows.reduce(0) { $0 + $1.cells.filter { $0 == grade.id }.count }
            return "\(grade.label) (\(GradePalette.abbreviation(of: grade.id, in: scale))) \(count)"
        }
        let ungraded = rows.reduce(0) { $0 + $1.cells.filter { $0 == nil }.count }
        return "\(Words.count(rows.count, "force")) by \(Words.count(columns.count, "column")) (\(columns.map(\.label).joined(separator: ", "))). Cells by grade: \((counts + ["not graded (NG) \(ungraded)"]).joined(separator: ", ")). The table after the chart lists every cell."
    }

    var columnLabels: [HTMLNode] {
        columns.enumerated().map { index, column in
            let x = columnX(index) + Self.cellWidth / 2
            let y = header - 8
            return SVGChart.text(column.label, x: x, y: y, size: 12,
                                 extra: [HTMLAttribute("transform", "rotate(-50 \(SVGChart.n(x)) \(SVGChart.n(y)))")])
        }
    }

    func rowNode(_ row: Row, index: Int) -> HTMLNode {
        let y = rowY(index)
        var children: [HTMLNode] = [
            SVGChart.text(row.label, x: labelWidth - 8, y: y + 15, size: 12, anchor: .end),
        ]
        for (column, grade) in row.cells.enumerated() where column < columns.count {
            children.append(cell(grade, x: columnX(column), y: y, row: row, column: columns[column]))
        }
        return .element("g", [.class("force-row"), .data("key", row.key)], children)
    }

    func cell(_ grade: GradeID?, x: Double, y: Double, row: Row, column: Column) -> HTMLNode {
        guard let grade else {
            return .element("g", [.class("cell"), .data("column", column.key)], [
                SVGChart.tooltip("\(row.label), \(column.label): \(NotGraded.label)"),
                SVGChart.rect(x: x, y: y, width: Self.cellWidth, height: Self.cellHeight, fill: "#ffffff",
                              stroke: SVGChart.rule, dashed: true),
                SVGChart.text(GradePalette.abbreviation(of: nil, in: scale), x: x + Self.cellWidth / 2, y: y + 15, size: 12, anchor: .middle),
            ])
        }
        let style = palette.style(of: grade, in: scale)
        return .element("g", [.class("cell"), .data("column", column.key), .data("grade", grade.rawValue)], [
            SVGChart.tooltip("\(row.label), \(column.label): \(scale.grade(grade)?.label ?? grade.rawValue)"),
            SVGChart.rect(x: x, y: y, width: Self.cellWidth, height: Self.cellHeight, fill: style?.fill ?? "#ffffff",
                          stroke: style?.ink ?? SVGChart.ink),
            SVGChart.text(GradePalette.abbreviation(of: grade, in: scale), x: x + Self.cellWidth / 2, y: y + 15,
                          size: 12, anchor: .middle, bold: true),
        ])
    }
}
