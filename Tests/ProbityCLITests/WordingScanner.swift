import Foundation

/// Finds counts that disagree with their noun in text meant for people: "1 entries",
/// "met 1 times", "item(s)", "regraded the evidence of 0", "named below -0.01".
///
/// Precise rather than broad, so that legitimate text passes:
/// - only the nouns in `pluralNouns` are checked, so "1 Jan", "1 January" and "1 of 3 items"
///   pass (the noun must follow the number, at most one describing word between them, and
///   that word may not be "of", "in", "per" and the like);
/// - the "1" must stand alone: not part of "1,000" ("per 1,000 workforce"), "0.1" or "2.1
///   months" (a digit, comma or point before it), nor of an id such as "EV-1" (a hyphen or
///   letter before it);
/// - a metric's formula is checked like any text: "1 investigations / 12 months" is caught
///   (`MetricBuilder` writes "1 investigation / 12 months");
/// - "(s)" is a plural only straight after a letter, so the form's JavaScript
///   `function (s) {` passes.
enum WordingScanner {
    /// Nouns an output counts. A plural here after a lone "1" is wrong.
    static let pluralNouns = [
        "actions", "answers", "applications", "areas", "breaches", "cards", "causes", "cells", "channels",
        "checks", "chunks", "claims", "columns", "contacts", "contracts", "days", "disagreements", "entries",
        "errors", "fields", "figures", "files", "findings", "flags", "forces", "grades", "investigations",
        "items", "judgements", "levels", "meetings", "moderators", "months", "names", "notes", "officers",
        "problems", "questions", "records", "reports", "returns", "rows", "steps", "strengths", "suppliers",
        "times", "warnings", "weeks", "years",
    ]

    /// Words that may sit between "1" and a noun without the noun counting the 1: "1 of 3 items",
    /// "1 in 3 forces", "1 and 2 areas".
    static let linkingWords = ["of", "in", "and", "or", "to", "per", "from", "by", "at", "for", "than", "out"]

    static let rules: [(name: String, pattern: String)] = [
        ("a plural after 1", #"(?<![\d.,£$A-Za-z-])1 (?:(?!(?:\#(linkingWords.joined(separator: "|")))\b)[a-z-]+ )?(?:\#(pluralNouns.joined(separator: "|")))\b"#),
        ("a plural left to the reader", #"[A-Za-z]\(s\)"#),
        ("evidence regraded of nothing", #"regraded the evidence of 0\b"#),
        ("a distance below given as negative", #"below -\d"#),
    ]

    /// Every match, as "rule: …context…", in order of rule then position.
    static func problems(in text: String) throws -> [String] {
        let whole = NSRange(text.startIndex..., in: text)
        return try rules.flatMap { rule in
            try NSRegularExpression(pattern: rule.pattern).matches(in: text, range: whole)
                .map { "\(rule.name): \(context(of: $0.range, in: text))" }
        }
    }

    /// The match with up to 40 characters either side, on one line.
    static func context(of range: NSRange, in text: String) -> String {
        let ns = text as NSString
        let start = max(0, range.location - 40), end = min(ns.length, range.location + range.length + 40)
        return "…" + ns.substring(with: NSRange(location: start, length: end - start)).replacingOccurrences(of: "\n", with: " ") + "…"
    }
}
