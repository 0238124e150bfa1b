/// One figure of an area's data return: its path in the area's section of the assessment file
/// (`hospitality.declined`), what kind of value it holds, and what it means. A count or amount
/// may also hold `"unknown"`, and `"unchanged"` (since the last return) where `allowsUnchanged`.
public struct DataReturnField: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// A whole number, zero or more.
        case count
        /// A non-negative amount (money, hours, staff in full-time equivalents).
        case amount
        /// A share between 0 and 1.
        case share
        /// true or false.
        case flag
        /// Free text.
        case text
        /// One of a fixed list of values.
        case choice([String])
        /// A date, `YYYY-MM-DD`.
        case date

        public var expectation: String {
            switch self {
            case .count: return "a whole number of 0 or more"
            case .amount: return "a number of 0 or more"
            case .share: return "a share between 0 and 1"
            case .flag: return "true or false"
            case .text: return "a string"
            case .choice(let values): return "one of \(values.joined(separator: ", "))"
            case .date: return "a date as YYYY-MM-DD"
            }
        }
    }

    /// What a count or amount measures over time, as its plugin declares it: the figure is
    /// compared per month (`flow`) or as it stands (`level`).
    public enum Measure: String, Sendable, Hashable, CaseIterable {
        /// A total over the data period: investigations opened in the period, register entries
        /// made in it. Periods of different lengths are compared per month.
        case flow
        /// A stock at a date: systems the force has, cards held or cases still open at the end
        /// of the period, staff in post. A rate per month would mean nothing.
        case level
    }

    public var path: String
    public var kind: Kind
    public var meaning: String
    /// Flow over the period or level at a date, for a count or amount (nil for other kinds, or
    /// a count whose plugin has not declared it, which is then treated as a level).
    public var measure: Measure?
    public var required: Bool
    /// The figure is a level (staff in a unit) that may be reported as `"unchanged"` since the
    /// last return instead of as a number. Only counts and amounts use it.
    public var allowsUnchanged: Bool

    public init(_ path: String, _ kind: Kind, _ meaning: String, required: Bool = false, allowsUnchanged: Bool = false,
                measure: Measure? = nil) {
        self.path = path
        self.kind = kind
        self.meaning = meaning
        self.measure = measure
        self.required = required
        self.allowsUnchanged = allowsUnchanged
    }

    /// Whether the field holds a number that may instead be `"unknown"` (counts and amounts).
    public var isNumeric: Bool {
        switch kind {
        case .count, .amount: return true
        default: return false
        }
    }

    /// What the field may hold, as a validation message says it: for a count
    /// `a whole number of 0 or more, "unknown" or "unchanged"`.
    public var expectation: String {
        guard isNumeric else { return kind.expectation }
        let unknown = "\"\(ReportedFigure.unknownWord)\""
        guard allowsUnchanged else { return "\(kind.expectation), or \(unknown)" }
        return "\(kind.expectation), \(unknown) or \"\(ReportedFigure.unchangedWord)\""
    }

    /// A count that is a flow over the period or a level at a date.
    public static func count(_ path: String, _ measure: Measure, _ meaning: String, required: Bool = false,
                             allowsUnchanged: Bool = false) -> DataReturnField {
        DataReturnField(path, .count, meaning, required: required, allowsUnchanged: allowsUnchanged, measure: measure)
    }

    /// An amount that is a flow over the period or a level at a date.
    public static func amount(_ path: String, _ measure: Measure, _ meaning: String, required: Bool = false,
                              allowsUnchanged: Bool = false) -> DataReturnField {
        DataReturnField(path, .amount, meaning, required: required, allowsUnchanged: allowsUnchanged, measure: measure)
    }

    /// A count whose measure is not declared (treated as a level); the shipped plugins declare
    /// every one, which a test checks.
    public static func count(_ path: String, _ meaning: String, required: Bool = false,
                             allowsUnchanged: Bool = false) -> DataReturnField {
        DataReturnField(path, .count, meaning, required: required, allowsUnchanged: allowsUnchanged)
    }

    /// An amount whose measure is not declared (treated as a level).
    public static func amount(_ path: String, _ meaning: String, required: Bool = false,
                              allowsUnchanged: Bool = false) -> DataReturnField {
        DataReturnField(path, .amount, meaning, required: required, allowsUnchanged: allowsUnchanged)
    }

    public static func share(_ path: String, _ meaning: String, required: Bool = false) -> DataReturnField {
        DataReturnField(path, .share, meaning, required: required)
    }

    public static func flag(_ path: String, _ meaning: String, required: Bool = false) -> DataReturnField {
        DataReturnField(path, .flag, meaning, required: required)
    }

    public static func text(_ path: String, _ meaning: String, required: Bool = false) -> DataReturnField {
        DataReturnField(path, .text, meaning, required: required)
    }

    public static func choice(_ path: String, _ values: [String], _ meaning: String, required: Bool = false) -> DataReturnField {
        DataReturnField(path, .choice(values), meaning, required: required)
    }

    /// A yes / no / unknown answer (`YesNoUnknown`), for a practice the force may not know it follows.
    public static func answer(_ path: String, _ meaning: String, required: Bool = false) -> DataReturnField {
        DataReturnField(path, .choice(YesNoUnknown.allCases.map(\.rawValue)), meaning, required: required)
    }
}
