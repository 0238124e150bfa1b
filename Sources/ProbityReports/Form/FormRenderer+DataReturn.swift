import ProbityCore

// An area's data-return section: one control per field of the plugin's schema, labelled with
// the field's meaning and described by its path, unit and what it may hold; the rules its
// figures must satisfy; and where the script reports a figure that breaks them.
extension FormRenderer {
    static func dataReturnBlock(_ dataReturn: FormModel.AreaReturn, area: ChecklistArea, number: Int) -> [String] {
        let id = "area-\(number)-return"
        var lines = [
            "<section class=\"data-return\" aria-labelledby=\"\(id)-h\">",
            "<h3 id=\"\(id)-h\">Data return: \(HTMLEscaping.escape(area.title))</h3>",
            "<p>The figures for the data period, written to <code>dataReturns.\(HTMLEscaping.escape(dataReturn.area))</code>. Leave a figure empty when it is not returned; a count or amount the force cannot give may be <code>unknown</code>, and a level marked so may be <code>unchanged</code> since the last return.</p>",
        ]
        for (index, field) in dataReturn.fields.enumerated() {
            lines += fieldBlock(field, id: "dr-\(number)-\(index)")
        }
        if !dataReturn.reconciliations.isEmpty {
            lines.append("<p>The figures must add up:</p>")
            lines.append("<ul class=\"rules\">")
            for rule in dataReturn.reconciliations {
                lines.append("<li>\(ruleText(rule))</li>")
            }
            lines.append("</ul>")
        }
        lines += ["<ul class=\"problems\" id=\"\(id)-problems\" aria-live=\"polite\"></ul>", "</section>"]
        return lines
    }

    static func fieldBlock(_ field: FormModel.ReturnField, id: String) -> [String] {
        let hint = "<code>\(HTMLEscaping.escape(field.path))</code>: \(HTMLEscaping.escape(unit(field)))\(field.required ? ", required" : ""); \(HTMLEscaping.escape(field.expectation))."
        var lines = ["<div class=\"return-field\">", "<label for=\"\(id)\">\(HTMLEscaping.escape(field.meaning))</label>"]
        switch field.kind {
        case "flag", "choice":
            lines.append("<select id=\"\(id)\" aria-describedby=\"\(id)-hint\">")
            lines.append("<option value=\"\">(not returned)</option>")
            let choices = field.kind == "flag" ? [("true", "Yes"), ("false", "No")] : field.choices.map { ($0, $0) }
            for (value, label) in choices {
                lines.append("<option value=\"\(HTMLEscaping.escape(value))\">\(HTMLEscaping.escape(label))</option>")
            }
            lines.append("</select>")
        default:
            let words = field.allowsUnchanged ? " list=\"return-words-unchanged\"" : field.allowsUnknown ? " list=\"return-words\"" : ""
            let mode = field.allowsUnknown || field.kind == "share" ? " inputmode=\"decimal\"" : ""
            let placeholder = field.kind == "date" ? " placeholder=\"YYYY-MM-DD\"" : ""
            lines.append("<input type=\"text\" id=\"\(id)\" aria-describedby=\"\(id)-hint\"\(mode)\(words)\(placeholder)>")
        }
        lines += ["<span class=\"hint\" id=\"\(id)-hint\">\(hint)</span>", "</div>"]
        return lines
    }

    /// What the figure counts and over what time: "count over the data period".
    static func unit(_ field: FormModel.ReturnField) -> String {
        let over: String
        switch field.measure {
        case "flow": over = " over the data period"
        case "level": over = " at the end of the data period"
        default: over = ""
        }
        switch field.kind {
        case "count": return "count" + over
        case "amount": return "amount" + over
        case "share": return "share of 1"
        case "flag": return "yes or no"
        case "choice": return "choice"
        case "date": return "date"
        default: return "text"
        }
    }

    static func ruleText(_ rule: FormModel.ReturnRule) -> String {
        let subject = "<code>\(HTMLEscaping.escape(rule.subject))</code>"
        let others = rule.others.map { "<code>\(HTMLEscaping.escape($0))</code>" }
        if rule.rule == "sum" { return "\(subject) equals \(others.joined(separator: " + "))" }
        return "\(subject) is no more than \(others.joined())"
    }

    /// The words a count or amount may hold, offered as suggestions.
    static func returnWordLists() -> [String] {
        [
            "<datalist id=\"return-words\"><option value=\"unknown\"></option></datalist>",
            "<datalist id=\"return-words-unchanged\"><option value=\"unknown\"></option><option value=\"unchanged\"></option></datalist>",
        ]
    }
}
