/// What `verify` and the independent auditor in docs/moderation.md must agree on, byte for
/// byte: hashes are written in lower-case hex (the auditor compares strings), numbers are
/// written as integers (the auditor's `json` keeps `1.0` a float and hashes it as `1.0`),
/// sequence numbers are in range, and no entry is dated before the one it follows.
extension ModerationVerifier {
    /// The largest sequence number a log may hold; more entries than this is not a real log.
    public static let maximumSequence = 1_000_000

    func canonicalDiagnostics() -> [Diagnostic] {
        var problems: [Diagnostic] = []
        if let header = document.writtenAssessmentSha256, header != header.lowercased() {
            problems.append(problem([.key("assessment"), .key("sha256")], Self.upperCaseMessage(header)))
        }
        for (index, value) in document.entryValues.enumerated() {
            for key in ["previous", "assessmentSha256", "hash"] {
                if let text = value.value(at: [.key(key)])?.stringValue, text != text.lowercased() {
                    problems.append(problem([.key("entries"), .index(index), .key(key)], Self.upperCaseMessage(text)))
                }
            }
        }
        for number in document.numbersNotWrittenAsIntegers {
            problems.append(Diagnostic(.error, file: document.file, path: number.path,
                                       "expected a whole number written without a decimal point or exponent, found \(number.text); the documented auditor hashes \(number.text) and its integer differently"))
        }
        return problems
    }

    func sequenceRangeProblem(at index: Int) -> String? {
        let found = entries[index].sequence
        guard !(1...Self.maximumSequence).contains(found) else { return nil }
        return "expected a sequence number from 1 to \(Self.maximumSequence), found \(found)"
    }

    func dateProblem(at index: Int) -> String? {
        guard index > 0, entries[index].date < entries[index - 1].date else { return nil }
        return "dated \(entries[index].date), before entries[\(index - 1)] (\(entries[index - 1].date)): entries cannot go back in time"
    }

    static func upperCaseMessage(_ text: String) -> String {
        "expected lower-case hexadecimal, found \"\(text.prefix(16))...\"; the documented auditor compares hashes as written"
    }
}
