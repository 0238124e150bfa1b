import ProbityCore

/// One cell of a CSV file written for spreadsheets; text is written by the core's `CSVWriter`.
///
/// Text is untrusted (a force's narrative, a register title) and is neutralised: a cell that
/// starts with `=`, `+`, `-`, `@`, a tab or a carriage return would be run as a formula by
/// Excel, LibreOffice or Google Sheets, so it gets a leading apostrophe (`'=HYPERLINK(...)`).
/// The apostrophe stays visible, which is the point: the reader sees exactly what was written,
/// and nothing is lost. Numbers Probity computes (weights, scores) are written as numbers,
/// never prefixed, so a negative number stays a number; they are never taken from user text.
public enum CSVField: Sendable, Hashable {
    case text(String)
    case number(Double)
    case empty

    /// The characters that make a spreadsheet treat a cell as a formula (`CSVWriter.formulaTriggers`).
    public static let formulaTriggers: Set<Character> = Set(CSVWriter.formulaTriggers.map { Character(Unicode.Scalar($0)) })

    /// `text` made inert for spreadsheets: prefixed with `'` when it starts with a trigger.
    public static func neutralise(_ text: String) -> String { CSVWriter.neutralise(text) }

    /// Control characters other than line breaks and tabs, and bidirectional overrides, shown
    /// as `<U+202E>`: a spreadsheet would otherwise show text reordered or garbled.
    public static func visible(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { UnsafeScalars.isUnsafe($0) && !"\r\n\t".unicodeScalars.contains($0) }) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            if UnsafeScalars.isUnsafe(scalar), !"\r\n\t".unicodeScalars.contains(scalar) {
                result += UnsafeScalars.visible(scalar)
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// The field as written in the file.
    public var encoded: String {
        switch self {
        case .text(let text): return CSVWriter.cell(Self.visible(text))
        case .number(let value): return PlainNumber.format(value)
        case .empty: return ""
        }
    }
}
