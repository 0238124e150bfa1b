@testable import ProbityCore
import Testing
@testable import ProbityReports

/// The SVG chart builders: fixed-decimal coordinates, bars and thresholds where the scores
/// put them, grades written as text, and the same output every time.
@Suite struct HTMLChartTests {
    static let scale = GradeScale(id: "hmic-4", label: "HMIC four grades", grades: [
        Grade(id: "outstanding", label: "Outstanding", minScore: 85),
        Grade(id: "good", label: "Good", minScore: 65),
        Grade(id: "requires-improvement", label: "Requires improvement", minScore: 45),
        Grade(id: "inadequate", label: "Inadequate", minScore: 0),
    ])

    @Test(arguments: [(0.0, "0.0"), (12.345, "12.3"), (-3.25, "-3.3"), (99.96, "100.0"), (-0.04, "0.0"), (216, "216.0")])
    func coordinatesHaveOneDecimal(_ value: Double, _ expected: String) {
        #expect(SVGNumber.format(value) == expected)
        #expect(SVGNumber.format(1.005, decimals: 0) == "1")
        #expect(SVGNumber.format(2.5, decimals: 2) == "2.50")
    }

    @Test func abbreviationsPaletteAndKeyFollowTheScale() {
        #expect(GradePalette.abbreviation(of: "requires-improvement", in: Self.scale) == "RI")
        #expect(GradePalette.abbreviation(of: "unknown-grade", in: Self.scale) == "unknown-grade")
        let palette = GradePalette.standard
        #expect((["outstanding", "good", "requires-improvement", "inadequate"] as [GradeID]).map { palette.index(of: $0, in: Self.scale) } == [0, 1, 3, 4])
        #expect(palette.cssClass(of: "nonsense", in: Self.scale) == "grade-none")
        #expect(GradePalette.key(Self.scale) == "O Outstanding, G Good, RI Requires improvement, I Inadequate")
    }

    @Test func barsAreAsLongAsTheirScoresAndCarryTheirGradeAsText() {
        let chart = AreaGradeChart(id: "c", title: "Grades <b>", bars: [
            .init(key: "media", label: "Media & <i>press</i>", score: 50, grade: "requires-improvement"),
            .init(key: "overall", label: "Overall", score: 100, grade: "good", limited: true),
        ], scale: Self.scale)
        let svg = chart.render()
        // 0-100 spans 300 units from x = 8: a score of 50 is 150 long, 100 is 300.
        #expect(svg.contains("<rect x=\"8.0\" y=\"54.0\" width=\"150.0\" height=\"18.0\" fill=\"url(#c-pattern-3)\" stroke=\"#8a4b00\"/>"))
        #expect(svg.contains("<rect x=\"8.0\" y=\"100.0\" width=\"300.0\" height=\"18.0\" fill=\"url(#c-pattern-1)\" stroke=\"#33691e\"/>"))
        // Threshold lines at 85, 65 and 45: x = 8 + 3 * score.
        for (x, label) in [("263.0", "O 85"), ("203.0", "G 65"), ("143.0", "RI 45")] {
            #expect(svg.contains("<line x1=\"\(x)\" y1=\"26.0\" x2=\"\(x)\""))
            #expect(svg.contains(">\(label)</text>"))
        }
        #expect(svg.contains(">Requires improvement 50</text>"))
        #expect(svg.contains(">Good* 100</text>"))
        #expect(svg.contains("<title id=\"c-title\">Grades &lt;b&gt;</title>"))
        #expect(svg.contains("Media &amp; &lt;i&gt;press&lt;/i&gt;"))
        #expect(svg.hasPrefix("<svg id=\"c\" class=\"chart\" role=\"img\" viewBox=\"0 0 520.0 148.0\""))
        #expect(svg == chart.render(), "deterministic")
    }

    @Test func movementShowsDirectionByShapeAndText() {
        let chart = MovementChart(id: "m", title: "Movement", oldLabel: "2011", newLabel: "2012", rows: [
            .init(key: "up", label: "Up", old: .init(score: 40, grade: "inadequate"), new: .init(score: 70, grade: "good")),
            .init(key: "down", label: "Down", old: .init(score: 70, grade: "good"), new: .init(score: 60, grade: "requires-improvement")),
            .init(key: "same", label: "Same", old: .init(score: 50, grade: "requires-improvement"), new: .init(score: 50, grade: "requires-improvement")),
            .init(key: "new", label: "New", old: nil, new: .init(score: 90, grade: "outstanding")),
            .init(key: "gone", label: "Gone", old: .init(score: 20, grade: "inadequate"), new: nil),
        ], scale: Self.scale)
        let svg = chart.render()
        for (key, direction) in [("up", "up"), ("down", "down"), ("same", "unchanged"), ("new", "new"), ("gone", "retired")] {
            #expect(svg.contains("data-key=\"\(key)\" data-direction=\"\(direction)\""))
        }
        #expect(svg.contains(">40 \u{2192} 70 (+30)</text>"))
        #expect(svg.contains(">I \u{2192} G</text>"))
        #expect(svg.contains(">70 \u{2192} 60 (-10)</text>"))
        #expect(svg.contains(">50 \u{2192} 50 (no change)</text>"))
        #expect(svg.contains(">RI, grade unchanged</text>"))
        #expect(svg.contains(">new in 2012: 90</text>"))
        #expect(svg.contains(">20; not in 2012</text>"))
        // The upward arrow's head points right, ending 8 units before the new score (x = 8 + 2.8 * 70 = 204).
        #expect(svg.contains("<path d=\"M196.0,92.0 L189.0,87.0 L189.0,97.0 Z\""))
    }

    @Test func theGridHasACellPerForceAndAreaWithTheGradeAbbreviation() {
        let chart = NationalGridChart(id: "g", title: "Grid", columns: [
            .init(key: "media", label: "media"), .init(key: "overall", label: "overall"),
        ], rows: [
            .init(key: "AA", label: "Force A <script>", cells: ["good", nil]),
            .init(key: "BB", label: "Force B", cells: ["inadequate", "requires-improvement"]),
        ], scale: Self.scale)
        let svg = chart.render()
        #expect(svg.components(separatedBy: "class=\"cell\"").count - 1 == 4)
        #expect(svg.contains("data-column=\"media\" data-grade=\"good\""))
        #expect(svg.contains("<title>Force A &lt;script&gt;, overall: Not graded: insufficient evidence</title>"))
        #expect(svg.contains(">NG</text>"))
        #expect(svg.contains(">RI</text>"))
        #expect(svg.contains("Cells by grade: Outstanding (O) 0, Good (G) 1, Requires improvement (RI) 1, Inadequate (I) 1, not graded (NG) 1."))
        #expect(!svg.contains("<script"))
    }
}
