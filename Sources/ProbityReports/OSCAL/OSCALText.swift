/// Makes text fit OSCAL's string types. Untrusted text (narratives, titles) goes into markup
/// fields, which OSCAL JSON reads as Markdown, so Markdown and HTML syntax is escaped: a
/// narrative containing `<script>` stays text in every OSCAL viewer.
public enum OSCALText {
    /// A `markup-line` (titles): one line, escaped; `fallback` when nothing is left of `text`.
    public static func line(_ text: String, fallback: String) -> String {
        escape(firstNonEmpty(collapse(text), collapse(fallback)))
    }

    /// A `markup-multiline` (descriptions, prose, remarks): line breaks kept, escaped;
    /// `fallback` when nothing is left of `text`.
    public static func multiline(_ text: String, fallback: String) -> String {
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
            .split(separator: "\n", omittingEmptySubsequences: false)
        let kept = lines.map { escape(collapse(String($0))) }.joined(separator: "\n")
        let trimmed = kept.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? escape(firstNonEmpty(collapse(fallback), "")) : trimmed
    }

    static func firstNonEmpty(_ first: String, _ second: String) -> String {
        if !first.isEmpty { return first }
        return second.isEmpty ? "(none)" : second
    }

    /// A property value (OSCAL `string`: no leading or trailing space, one line), or nil
    /// when nothing is left. Property values are plain text, not Markdown.
    public static func value(_ text: String) -> String? {
        let collapsed = collapse(text)
        return collapsed.isEmpty ? nil : collapsed
    }

    /// An OSCAL `token` (ids, names, classes): ASCII letters, digits, `.`, `-` and `_`, starting
    /// with a letter or `_`. Other characters become `_`; a leading digit or `.`/`-` gets a `_`
    /// prefix. Checklist ids already are tokens, so they pass unchanged.
    public static func token(_ text: String) -> String {
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-_")
        let mapped = String(text.map { allowed.contains($0) ? $0 : "_" })
        guard let first = mapped.first, first.isLetter || first == "_" else { return "_" + mapped }
        return mapped
    }

    /// Runs of whitespace (including line breaks and tabs) become one space; ends trimmed.
    static func collapse(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace || $0.isNewline }).joined(separator: " ")
    }

    /// `Markdown.escape`, plus the braces of OSCAL's `{{ insert: ... }}` syntax.
    static func escape(_ text: String) -> String {
        Markdown.escape(text).replacingOccurrences(of: "{", with: "\\{").replacingOccurrences(of: "}", with: "\\}")
    }
}

import Foundation
