import ProbityCore

/// The one escaping function of the HTML reports. Every piece of text that reaches a page (a
/// force's name, a narrative, a finding or evidence title, a register row) goes through it,
/// in element content and in attribute values alike, so no user text can open a tag, close an
/// attribute or start an entity. Bidirectional overrides and isolates are shown as
/// `<U+202E>` rather than allowed to reorder the page's text.
public enum HTMLEscaping {
    public static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default:
                if isForbiddenControl(scalar) {
                    result += "\u{FFFD}"
                } else if UnsafeScalars.isUnsafe(scalar), scalar.value > 0x9F {
                    result += "&lt;" + UnsafeScalars.visible(scalar).dropFirst().dropLast() + "&gt;"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }

    /// Control characters other than tab, line feed and carriage return are not allowed in
    /// HTML text; they are shown as the replacement character.
    static func isForbiddenControl(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value == 0x09 || value == 0x0A || value == 0x0D { return false }
        return value < 0x20 || (0x7F...0x9F).contains(value)
    }
}
