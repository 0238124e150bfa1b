import ProbityCore

// The ways through the page: a table of contents under the header and, at the top of each
// area, links past it to the next area and to Export, so a keyboard user need not tab through
// every control of the areas they are not filling in.
extension FormRenderer {
    static func contents(_ checklist: Checklist) -> [String] {
        var lines = [
            "<nav class=\"contents\" aria-labelledby=\"h-contents\">",
            "<h2 id=\"h-contents\">Contents</h2>",
            "<ol>",
            "<li><a href=\"#h-open\">Open an assessment</a></li>",
            "<li><a href=\"#h-force\">The force and the assessment</a></li>",
            "<li><a href=\"#h-statuses\">How to answer</a></li>",
            "<li><a href=\"#h-evidence\">Evidence register</a></li>",
        ]
        for (offset, area) in checklist.areas.enumerated() {
            lines.append("<li><a href=\"#area-\(offset + 1)-h\">\(offset + 1). \(HTMLEscaping.escape(area.title))</a></li>")
        }
        lines += ["<li><a href=\"#h-export\">Check and export</a></li>", "</ol>", "</nav>"]
        return lines
    }

    /// Links from the top of area `number` (from 1) to the next area, if any, and to Export.
    static func skipLinks(after number: Int, checklist: Checklist) -> String {
        var links: [String] = []
        if checklist.areas.indices.contains(number) {
            let next = checklist.areas[number]
            links.append("<a href=\"#area-\(number + 1)-h\">Skip to the next area, \(number + 1). \(HTMLEscaping.escape(next.title))</a>")
        }
        links.append("<a href=\"#h-export\">Skip to Check and export</a>")
        links.append("<a href=\"#h-contents\">Back to contents</a>")
        return "<p class=\"skip\">" + links.joined(separator: " · ") + "</p>"
    }
}
