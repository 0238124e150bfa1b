/// Every figure of an area's data return the force gave, as figures a report can show: the
/// field's meaning as the label, the value as a person reads it, and the field's path in the
/// assessment file as the source. Nothing the force returned is left out of the scorecard.
public struct ReturnFigures: Sendable {
    public let area: AreaID
    public let schema: DataReturnSchema

    public init(area: AreaID, schema: DataReturnSchema) {
        self.area = area
        self.schema = schema
    }

    public func figures(_ values: DataReturn) -> [Figure] {
        schema.fields.compactMap { field in
            values.values[field.path].flatMap { figure(field, $0) }
        }
    }

    func figure(_ field: DataReturnField, _ value: JSONValue) -> Figure? {
        let source = "dataReturns.\(area).\(field.path)"
        let label = field.meaning
        switch value {
        case .number(let number):
            let display = field.kind == .share ? NumberFormatting.percent(number) : NumberFormatting.number(number, decimals: 2)
            return Figure(label: label, value: number, display: display, source: source)
        case .bool(let flag):
            return Figure(label: label, value: flag ? 1 : 0, display: flag ? "yes" : "no", source: source)
        case .string(let text):
            return Figure(label: label, value: Double(position(of: text, in: field)), display: Self.words(for: text), source: source)
        default:
            return nil
        }
    }

    /// A text figure's value: its position in the field's list of choices (from 0), as
    /// `FigureBuilder.choice` gives it; -1 for free text, `unknown` and `unchanged`.
    func position(of text: String, in field: DataReturnField) -> Int {
        guard case .choice(let values) = field.kind else { return -1 }
        return values.firstIndex(of: text) ?? -1
    }

    /// How a text value reads: `unchanged` says since when, identifiers lose their hyphens.
    static func words(for text: String) -> String {
        switch text {
        case "unchanged": return "unchanged since the last return"
        case "unknown": return "not known"
        default: return text.replacingOccurrences(of: "-", with: " ")
        }
    }
}
