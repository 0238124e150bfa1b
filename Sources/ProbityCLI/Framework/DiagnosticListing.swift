import ProbityCore

/// Writes diagnostics to stderr, at most `limit` of each severity: a file with 200,000 unknown
/// items gets its first 100 errors and a note of how many more there are, not 200,000 lines
/// that bury the summary. `validate --all` lists every one.
struct DiagnosticListing {
    static let defaultLimit = 100

    /// nil lists every diagnostic.
    let limit: Int?
    /// Said after the count of those not listed: how to see them.
    let hint: String

    /// Said where a command has no `--all`.
    static let correctFirst = "correct these first: the rest often follow from them"

    init(all: Bool = false, hint: String = correctFirst) {
        limit = all ? nil : Self.defaultLimit
        self.hint = hint
    }

    func write(_ diagnostics: [Diagnostic], to output: any TextOutput) {
        var listed: [Diagnostic.Severity: Int] = [:]
        var left: [Diagnostic.Severity: Int] = [:]
        for diagnostic in diagnostics {
            let count = listed[diagnostic.severity, default: 0]
            if let limit, count >= limit {
                left[diagnostic.severity, default: 0] += 1
                continue
            }
            listed[diagnostic.severity] = count + 1
            output.write("\(diagnostic.severity.rawValue): \(diagnostic.rendered)\n")
        }
        for severity in [Diagnostic.Severity.error, .warning] {
            guard let count = left[severity], let limit else { continue }
            let first = NumberFormatting.number(Double(limit), decimals: 0)
            output.write("note: \(Words.count(count, "more \(severity.rawValue)")) not listed after the first \(first); \(hint)\n")
        }
    }
}
