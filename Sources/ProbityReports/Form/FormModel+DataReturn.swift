import ProbityCore

extension FormModel {
    /// An area's data return as the form's script reads it: the fields (path in the area's
    /// section of `dataReturns`, kind, meaning, what the value may be) and the reconciliations
    /// the script checks live, with the messages `probity validate` gives.
    struct AreaReturn: Sendable, Hashable, Codable {
        var area: String
        var fields: [ReturnField]
        var reconciliations: [ReturnRule]

        init(area: AreaID, schema: DataReturnSchema) {
            self.area = area.rawValue
            fields = schema.fields.map(ReturnField.init)
            reconciliations = schema.reconciliations.map(ReturnRule.init)
        }
    }

    struct ReturnField: Sendable, Hashable, Codable {
        var path: String
        /// `count`, `amount`, `share`, `flag`, `text`, `choice` or `date`.
        var kind: String
        /// The values of a `choice`; empty for other kinds.
        var choices: [String]
        var meaning: String
        /// `flow` or `level` for a count or amount whose plugin declares it.
        var measure: String?
        var required: Bool
        /// A count or amount, which may also be `"unknown"`.
        var allowsUnknown: Bool
        var allowsUnchanged: Bool
        /// What the value may be, as `probity validate` says it.
        var expectation: String

        init(_ field: DataReturnField) {
            path = field.path
            (kind, choices) = Self.kind(field.kind)
            meaning = field.meaning
            measure = field.measure?.rawValue
            required = field.required
            allowsUnknown = field.isNumeric
            allowsUnchanged = field.isNumeric && field.allowsUnchanged
            expectation = field.expectation
        }

        static func kind(_ kind: DataReturnField.Kind) -> (String, [String]) {
            switch kind {
            case .count: return ("count", [])
            case .amount: return ("amount", [])
            case .share: return ("share", [])
            case .flag: return ("flag", [])
            case .text: return ("text", [])
            case .choice(let values): return ("choice", values)
            case .date: return ("date", [])
            }
        }
    }

    /// `sum`: `subject` (the total) equals the sum of `others` (the parts); `atMost`: `subject`
    /// (the part) is no more than `others[0]` (the whole).
    struct ReturnRule: Sendable, Hashable, Codable {
        var rule: String
        var subject: String
        var others: [String]

        init(_ reconciliation: Reconciliation) {
            switch reconciliation {
            case .sum(let total, let parts):
                rule = "sum"
                subject = total.path
                others = parts.map(\.path)
            case .atMost(let part, let whole):
                rule = "atMost"
                subject = part.path
                others = [whole.path]
            }
        }
    }
}
