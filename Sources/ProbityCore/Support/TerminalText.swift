/// Text from a file made safe for a terminal: C0 and C1 control characters (an ESC that would
/// start a colour or cursor sequence, a carriage return that would overwrite the line) and the
/// bidirectional overrides and isolates (which reorder what is shown, as in "Trojan Source")
/// are shown visibly as `<U+001B>`; line feeds and tabs stay. The other targets (HTML, CSV,
/// Markdown) have their own escapers over the same `UnsafeScalars` set.
public enum TerminalText {
    /// A carriage return is kept only before a line feed (CSV's CR LF line ends).
    public static func sanitise(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { UnsafeScalars.isUnsafe($0) && $0 != "\n" && $0 != "\t" }) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 16)
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            let lineEnd = scalar == "\r" && index + 1 < scalars.count && scalars[index + 1] == "\n"
            if scalar != "\n", scalar != "\t", !lineEnd, UnsafeScalars.isUnsafe(scalar) {
                result += UnsafeScalars.visible(scalar)
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// The longest message line, in bytes: no real message comes near it.
    public static let messageLineLimit = 2_000

    /// Every line longer than `limit` bytes of UTF-8 clipped to its first `limit` * 3/4 and last
    /// `limit` / 5 bytes (at character boundaries), the middle counted:
    /// `found "BBBB…[7,338,462 bytes not shown]…BBBB"`.
    public static func clipLongLines(_ text: String, limit: Int) -> String {
        guard text.utf8.count > limit else { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            let utf8 = line.utf8
            guard utf8.count > limit else { return String(line) }
            let head = boundary(line, utf8.index(utf8.startIndex, offsetBy: limit * 3 / 4))
            let tail = boundary(line, utf8.index(utf8.endIndex, offsetBy: -(limit / 5)))
            let hidden = utf8.distance(from: head, to: tail)
            return String(line[..<head]) + "…[\(NumberFormatting.number(Double(hidden), decimals: 0)) bytes not shown]…"
                + String(line[tail...])
        }.joined(separator: "\n")
    }

    /// The Unicode scalar boundary at or before a UTF-8 position (at most 3 steps back).
    private static func boundary(_ line: Substring, _ index: Substring.Index) -> Substring.Index {
        var index = index
        while index > line.startIndex, index < line.endIndex, line.utf8[index] & 0xC0 == 0x80 {  // a continuation byte
            index = line.utf8.index(before: index)
        }
        return index
    }

    /// A short, sanitised excerpt of foreign text for a message: at most `limit` characters,
    /// line breaks and tabs shown visibly too.
    public static func excerpt(_ text: String, limit: Int = 80) -> String {
        let clipped = text.count > limit ? String(text.prefix(limit)) + "..." : text
        var result = ""
        for scalar in clipped.unicodeScalars {
            if UnsafeScalars.isUnsafe(scalar) { result += UnsafeScalars.visible(scalar) } else { result.unicodeScalars.append(scalar) }
        }
        return result
    }
}

/// The characters no output target may pass through raw: C0 controls (including tab and line
/// feed, which each target decides about), DEL, C1 controls, the bidirectional embeddings,
/// overrides, isolates and marks, and the line and paragraph separators.
public enum UnsafeScalars {
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0x200E, 0x200F, 0x061C, 0x202A...0x202E, 0x2066...0x2069, 0x2028, 0x2029: return true
        default: return false
        }
    }

    /// `<U+202E>`: the character named, never acted on.
    public static func visible(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "<U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + ">"
    }
}
