/// The one stylesheet every HTML report carries inline: readable on a phone (fluid width,
/// wrapping summary boxes, tables that scroll sideways), printable on A4, and colours with at
/// least 4.5:1 contrast for text. The grade rules are generated from the palette.
enum HTMLStylesheet {
    static func css(palette: GradePalette = .standard) -> String {
        base + gradeRules(palette) + small + print
    }

    static func gradeRules(_ palette: GradePalette) -> String {
        var rules = palette.styles.enumerated().map { index, style in
            ".grade-\(index) { background: \(style.fill); border-left-style: \(style.border); }\n"
        }
        rules.append(".grade-none { background: #ffffff; border-left-style: solid; }\n")
        return rules.joined()
    }

    static let base = """
        * { box-sizing: border-box; }
        html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
        body { margin: 0; color: #1a1a1a; background: #ffffff; font-size: 16px; line-height: 1.45;
          font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
        .page { max-width: 62rem; margin: 0 auto; padding: 1rem 1.25rem 2rem; }
        a { color: #0b4f8a; }
        h1 { font-size: 1.7rem; line-height: 1.2; margin: 0.5rem 0 0.25rem; }
        h2 { font-size: 1.35rem; margin: 2rem 0 0.5rem; padding-bottom: 0.2rem; border-bottom: 2px solid #1a1a1a; }
        h3 { font-size: 1.15rem; margin: 1.5rem 0 0.5rem; }
        h4 { font-size: 1rem; margin: 0.25rem 0; }
        p { margin: 0.4rem 0; }
        header.report { border-bottom: 4px solid #1a1a1a; padding-bottom: 0.5rem; }
        .meta, figcaption, footer { color: #444444; }
        nav.contents ol { margin: 0.25rem 0; padding-left: 1.5rem; columns: 2 14rem; }
        .summary { display: grid; grid-template-columns: repeat(auto-fit, minmax(9rem, 1fr)); gap: 0.75rem; margin: 0.75rem 0; }
        .summary > div { border: 1px solid #767676; padding: 0.5rem 0.75rem; }
        .summary .label { display: block; font-size: 0.85rem; color: #444444; }
        .summary .value { display: block; font-size: 1.25rem; font-weight: 700; }
        .summary .value .grade { white-space: normal; }
        .summary > .wide { grid-column: span 2; }
        .grade { display: inline-block; max-width: 100%; padding: 0 0.45rem; color: #1a1a1a; font-weight: 700;
          border: 1px solid #1a1a1a; border-left-width: 6px; white-space: nowrap; }
        .top-findings { padding-left: 1.1rem; margin: 0.25rem 0; }
        figure.chart { margin: 1rem 0; overflow-x: auto; }
        .overview { display: flex; flex-wrap: wrap; gap: 0 1.25rem; align-items: flex-start; }
        .overview > figure.chart { flex: 0 1 38rem; min-width: 0; }
        .overview > .top { flex: 1 1 14rem; min-width: 0; }
        figure.chart svg { display: block; width: 100%; max-width: 38rem; height: auto; }
        figcaption { font-size: 0.9rem; margin-top: 0.25rem; }
        .table-scroll { overflow-x: auto; margin: 0.5rem 0 1rem; }
        table { border-collapse: collapse; width: 100%; font-size: 0.92rem; }
        caption { text-align: left; font-weight: 700; padding: 0.25rem 0; }
        th, td { border: 1px solid #8c8c8c; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
        thead th { background: #e8ecf0; }
        tbody th { font-weight: 600; }
        table.items tbody th, table.register tbody th { white-space: nowrap; }
        table.figures tbody th { overflow-wrap: anywhere; min-width: 9rem; }
        abbr[title] { text-decoration: none; }
        td code { overflow-wrap: anywhere; }
        #record { overflow-wrap: anywhere; }
        .num { text-align: right; font-variant-numeric: tabular-nums; }
        td.num { white-space: nowrap; }
        .finding { border: 1px solid #8c8c8c; border-left: 6px solid #1a1a1a; padding: 0.5rem 0.75rem; margin: 0.75rem 0; }
        .finding.kind-cause-of-concern { border-left-style: double; border-left-width: 8px; }
        .finding.kind-strength { border-left-style: dotted; }
        .finding dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 0.75rem; margin: 0.5rem 0 0; }
        .finding dt { font-weight: 600; }
        .finding dd { margin: 0; }
        .finding ul { margin: 0; padding-left: 1.1rem; }
        .limit { border-left: 4px solid #1a1a1a; padding-left: 0.5rem; }
        .changed { font-weight: 700; }
        ul.why { padding-left: 1.1rem; overflow-wrap: anywhere; }
        ul.why ul { padding-left: 1.1rem; border-left: 1px dotted #767676; }
        ul.why li { margin: 0.1rem 0; }
        footer { margin-top: 2rem; padding-top: 0.5rem; border-top: 1px solid #767676; font-size: 0.85rem; }

        """

    static let small = """
        @media (max-width: 40rem) {
          body { font-size: 15px; }
          .page { padding: 0.5rem 0.6rem 1.5rem; }
          h1 { font-size: 1.35rem; }
          h2 { font-size: 1.2rem; }
          th, td { padding: 0.25rem 0.35rem; }
          table { font-size: 0.85rem; }
          .grade { white-space: normal; overflow-wrap: anywhere; }
          .summary { grid-template-columns: repeat(auto-fit, minmax(8rem, 1fr)); gap: 0.5rem; }
          .summary .value { font-size: 1.1rem; overflow-wrap: anywhere; }
          figure.chart svg { width: auto; max-width: none; }
          .summary > .wide { grid-column: auto; }
          .finding dl { grid-template-columns: 1fr; }
          ul.why, ul.why ul { padding-left: 0.6rem; }
        }

        """

    static let print = """
        @media print {
          @page { size: A4; margin: 15mm; }
          body { font-size: 9.5pt; line-height: 1.35; }
          table { font-size: 8.5pt; }
          ul.why { font-size: 8pt; }
          h2 { margin-top: 1.2rem; }
          .finding { padding: 0.3rem 0.5rem; margin: 0.5rem 0; }
          .page { max-width: none; padding: 0; }
          * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
          nav.contents { display: none; }
          a { color: #1a1a1a; text-decoration: none; }
          h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
          figure, tr, .finding, .summary { break-inside: avoid; page-break-inside: avoid; }
          .table-scroll { overflow: visible; }
          figure.chart { overflow: visible; }
          figure.chart svg { width: auto; height: auto; max-width: 100%; max-height: 240mm; }
          section.own-page { break-after: page; page-break-after: always; }
          #summary h2 { margin-top: 0.6rem; }
          #summary .summary { grid-template-columns: repeat(auto-fit, minmax(6.5rem, 1fr)); margin: 0.4rem 0; gap: 0.4rem; }
          #summary .summary > div { padding: 0.2rem 0.4rem; }
          #summary .summary .value { font-size: 10pt; }
          #summary p.meta { font-size: 8pt; }
          header.report h1 { font-size: 15pt; }
          header.report p.meta { margin: 0.1rem 0; font-size: 8.5pt; }
          #summary .summary .label { font-size: 8pt; }
          #summary p { margin: 0.2rem 0; }
          #summary figure.chart { margin: 0.3rem 0; }
          #summary .overview > figure.chart { flex: 0 0 97mm; }
          #summary figure.chart svg { width: 97mm; max-height: 110mm; }
          #summary .overview > .top { flex: 1 1 0; }
          #summary .top-findings li { margin-bottom: 0.2rem; }
          .screen-only { display: none; }
          #summary figcaption { font-size: 8pt; }
          #summary table { font-size: 8pt; }
          #summary th, #summary td { padding: 0.1rem 0.3rem; }
          #record { font-size: 8pt; }
          #record table { font-size: 7.5pt; }
          #summary h3 { margin: 0.4rem 0 0.1rem; font-size: 10.5pt; }
        }

        """
}
