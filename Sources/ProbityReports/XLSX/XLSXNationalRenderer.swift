import ProbityCore

/// The national view as a workbook: forces (overall grade, share answered), the grade
/// distribution of every area with its not-graded column, and every national figure.
public struct XLSXNationalRenderer: Sendable {
    public init() {}

    public static func workbook(_ view: NationalView) -> XLSXWorkbook {
        let grades = view.scale.grades
        let distributions = [view.overall] + view.areas
        return XLSXWorkbook(sheets: [
            XLSXSheet(name: "Forces", header: ["code", "force", "overall grade", "share answered", "moderated"],
                      rows: view.coverage.forces.map { force in
                          [.text(force.code.rawValue), .text(force.name), .text(force.overallLabel(view.scale)),
                           .number(force.answered), force.moderation.map(CSVField.text) ?? .empty]
                      }),
            XLSXSheet(name: "Grades", header: ["area"] + grades.map(\.label) + [NotGraded.label, "median score"],
                      rows: distributions.map { distribution in
                          [.text(distribution.title)] + grades.map { .number(Double(distribution.count($0.id))) }
                              + [.number(Double(distribution.notGraded.count)), distribution.medianScore.map(CSVField.number) ?? .empty]
                      }),
            XLSXSheet(name: "Figures", header: ["figure", "meaning", "national total", "forces reporting", "per month"],
                      rows: view.figures.map { figure in
                          [.text(figure.figure.description), .text(figure.meaning), .number(figure.total),
                           .number(Double(figure.forcesReporting)), figure.perMonth.map(CSVField.number) ?? .empty]
                      }),
        ])
    }
}
