import ProbityCore
import ProbityReports
import Testing

/// One set of hostile strings through every output target's sanitiser together: the terminal
/// (`TerminalText`), HTML (`HTMLEscaping`), CSV (`CSVField`) and Markdown (`Markdown.escape`).
/// None may pass a control character or a bidi override raw, and each must neutralise its own
/// target's markup.
@Suite struct SanitiserTests {
    static let hostile: [String] = [
        "MR-\u{1B}[31mRED\u{1B}[0m",
        "\u{1B}]0;pwned\u{07}",
        "line\rover",
        "C1 \u{9B}31m",
        "invoice \u{202E}fdp.exe",
        "isolate \u{2066}x\u{2069} mark \u{200F}",
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(2)>",
        "<iframe src=\"javascript:alert(3)\"></iframe>",
        "[click](javascript:alert(4))",
        "![image](http://x/y.png)",
        "&#x202E; &lt;b&gt;",
        "=HYPERLINK(\"http://x\")",
        "| cell | break |",
        "nul \u{0}",
    ]

    static func unsafeRaw(_ text: String, allowing allowed: Set<Unicode.Scalar> = []) -> Bool {
        text.unicodeScalars.contains { UnsafeScalars.isUnsafe($0) && !allowed.contains($0) }
    }

    @Test(arguments: hostile) func terminal(_ text: String) {
        let safe = TerminalText.sanitise(text)
        #expect(!Self.unsafeRaw(safe), "\(safe.debugDescription)")
        #expect(TerminalText.sanitise("a\nb\tc\r\n") == "a\nb\tc\r\n")
    }

    @Test(arguments: hostile) func html(_ text: String) {
        let safe = HTMLEscaping.escape(text)
        #expect(!Self.unsafeRaw(safe, allowing: ["\r"]), "\(safe.debugDescription)")
        #expect(!safe.contains("<") && !safe.contains(">") && !safe.contains("\""))
    }

    @Test(arguments: hostile) func csv(_ text: String) {
        let safe = CSVField.text(text).encoded
        #expect(!Self.unsafeRaw(safe, allowing: ["\r", "\n", "\t"]), "\(safe.debugDescription)")
        let unquoted = safe.hasPrefix("\"") ? String(safe.dropFirst()) : safe
        #expect(!["=", "+", "-", "@"].contains(unquoted.first.map(String.init) ?? ""), "a formula reaches the spreadsheet")
    }

    @Test(arguments: hostile) func markdown(_ text: String) {
        let safe = Markdown.escape(text)
        #expect(!Self.unsafeRaw(safe), "\(safe.debugDescription)")
        let scalars = Array(safe.unicodeScalars)
        for (index, scalar) in scalars.enumerated() where ["<", ">", "[", "]", "|", "`"].contains(scalar) {
            #expect(index > 0 && scalars[index - 1] == "\\", "unescaped \(scalar) in \(safe)")
        }
        #expect(!safe.contains("&#"), "an entity could decode to a bidi override")
    }

    @Test func bidiOverridesAreShownNotActedOn() {
        let text = "invoice \u{202E}fdp.exe"
        #expect(TerminalText.sanitise(text) == "invoice <U+202E>fdp.exe")
        #expect(HTMLEscaping.escape(text) == "invoice &lt;U+202E&gt;fdp.exe")
        #expect(CSVField.text(text).encoded == "invoice <U+202E>fdp.exe")
        #expect(Markdown.escape(text) == "invoice \\<U+202E\\>fdp.exe")
    }

    /// A message line of megabytes keeps its start and end, and counts the middle; short lines
    /// and multi-byte characters at the cut are left whole.
    @Test func longMessageLinesAreClipped() {
        let value = String(repeating: "B", count: 100_000)
        let line = "a.json: answers[0].status: found \"\(value)\"; expected one of met"
        let clipped = TerminalText.clipLongLines("first\n" + line + "\nlast", limit: 2_000)
        let lines = clipped.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(lines[0] == "first" && lines[2] == "last")
        #expect(lines[1].utf8.count <= 2_000 + 40)
        #expect(lines[1].hasPrefix("a.json: answers[0].status: found \"BBB"))
        #expect(lines[1].hasSuffix("BBB\"; expected one of met"))
        #expect(lines[1].contains("…[98,") && lines[1].contains(" bytes not shown]…"))
        #expect(TerminalText.clipLongLines("short\nlines", limit: 2_000) == "short\nlines")
        let wide = String(repeating: "é", count: 5_000)  // 2 bytes each: a cut may fall inside one
        let cut = TerminalText.clipLongLines(wide, limit: 2_001)
        #expect(cut.unicodeScalars.allSatisfy { $0 == "é" || "…[0123456789, bytesnothow]".unicodeScalars.contains($0) })
    }
}
