/// Builds the figures a plugin's findings quote, each with its source (`dataReturns.<area>.<path>`,
/// `metrics.<area>.<id>`, `thresholds.<area>.<key>`), and compares values with thresholds. A
/// small tolerance makes a figure exactly at a threshold count as at it, never past it.
public struct FigureBuilder: Sendable {
    public static let tolerance = 1e-9
    public static let maxDecimals = 4

    public let context: AreaContext

    public init(context: AreaContext) { self.context = context }

    var area: String { context.area.id.rawValue }

    public func field(_ label: String, _ field: DataReturnField, _ value: Double) -> Figure {
        Figure(label: label, value: value, display: NumberFormatting.number(value), source: source(field))
    }

    public func field(_ label: String, _ field: DataReturnField, _ value: Int) -> Figure { self.field(label, field, Double(value)) }

    public func part(_ label: String, _ field: DataReturnField, _ value: Double, of whole: Double) -> Figure {
        Figure(label: label, value: value, display: "\(number(value)) of \(number(whole))", source: source(field))
    }

    public func part(_ label: String, _ field: DataReturnField, _ value: Int, of whole: Int) -> Figure {
        part(label, field, Double(value), of: Double(whole))
    }

    public func flag(_ label: String, _ field: DataReturnField, _ value: Bool) -> Figure {
        Figure(label: label, value: value ? 1 : 0, display: value ? "yes" : "no", source: source(field))
    }

    /// A choice figure: its value is the choice's position in the field's list (from 0).
    public func choice(_ label: String, _ field: DataReturnField, _ value: String) -> Figure {
        var position = 0
        if case .choice(let values) = field.kind { position = values.firstIndex(of: value) ?? 0 }
        return Figure(label: label, value: Double(position), display: value, source: source(field))
    }

    /// A yes / no / unknown answer figure: its value is 1 for yes and 0 for no, as a flag's is
    /// (-1 for unknown).
    public func answer(_ label: String, _ field: DataReturnField, _ value: YesNoUnknown) -> Figure {
        let number: Double = switch value {
        case .yes: 1
        case .no: 0
        case .unknown: -1
        }
        return Figure(label: label, value: number, display: value.rawValue, source: source(field))
    }

    public func metric(_ metric: Metric) -> Figure {
        Figure(label: metric.label, value: metric.value, display: metric.display, source: "metrics.\(area).\(metric.id)")
    }

    /// A register cross-check's count, cited as `registers.<check>`.
    public func register(_ check: RegisterCheckResult) -> Figure {
        Figure(label: check.title, value: Double(check.count), display: count(check.count), source: "registers.\(check.id.rawValue)")
    }

    /// How many of a register check's rows are its more severe form, of all it found.
    public func severe(_ label: String, _ check: RegisterCheckResult) -> Figure {
        Figure(label: label, value: Double(check.severe), display: part(check.severe, of: check.count),
               source: "registers.\(check.id.rawValue).severe")
    }

    /// The figures of a rate judged against a threshold: the count it is computed from, the
    /// rate, and the threshold in the rate's unit.
    public func rate(_ label: String, _ field: DataReturnField, _ value: Double, _ rate: Metric,
                     against spec: ThresholdSpec) -> [Figure] {
        [self.field(label, field, value), metric(rate), threshold(spec, unit: rate.unit)]
    }

    public func threshold(_ spec: ThresholdSpec, unit: Metric.Unit) -> Figure {
        let value = context.threshold(spec)
        return Figure(label: "threshold \(spec.key)", value: value, display: NumberFormatting.display(value, unit: unit),
                      source: "thresholds.\(area).\(spec.key)")
    }

    /// `share` as a percentage with enough decimals to tell it apart from the threshold it is
    /// compared with, so 49.95% is never shown as the 50% minimum it falls short of.
    public func percent(_ share: Double, beside spec: ThresholdSpec) -> String {
        distinct(share, from: context.threshold(spec)) { NumberFormatting.percent($0, decimals: $1) }
    }

    /// A rate per 1,000 workforce with enough decimals to tell it apart from its threshold.
    public func perThousand(_ rate: Double, beside spec: ThresholdSpec) -> String {
        distinct(rate, from: context.threshold(spec)) { NumberFormatting.number($0, decimals: $1) } + " per 1,000 workforce"
    }

    /// A rate per 1,000 workforce and the threshold it passes: `1.2 per 1,000 workforce, above
    /// the maximum of 1 per 1,000` (a `...Min` threshold reads "below the minimum").
    public func perThousand(_ rate: Double, past spec: ThresholdSpec) -> String {
        let side = isAbove(rate, spec) ? "above the maximum" : "below the minimum"
        return "\(perThousand(rate, beside: spec)), \(side) of \(number(context.threshold(spec))) per 1,000"
    }

    public func isBelow(_ value: Double, _ spec: ThresholdSpec) -> Bool { value < context.threshold(spec) - Self.tolerance }

    public func isAbove(_ value: Double, _ spec: ThresholdSpec) -> Bool { value > context.threshold(spec) + Self.tolerance }

    public func reaches(_ value: Double, _ spec: ThresholdSpec) -> Bool { value >= context.threshold(spec) - Self.tolerance }

    /// A count in words: `1,234`.
    public func count(_ value: Int) -> String { NumberFormatting.number(Double(value), decimals: 0) }

    /// A number in words, to one decimal place at most: `12.5`.
    public func number(_ value: Double) -> String { NumberFormatting.number(value) }

    /// A share as a percentage: `12.5%`.
    public func share(_ value: Double) -> String { NumberFormatting.percent(value) }

    /// A part of a whole in words: `0 of 412`.
    public func part(_ part: Int, of whole: Int) -> String { "\(count(part)) of \(count(whole))" }

    /// The items of `candidates` this checklist version has.
    public func present(_ candidates: [ItemID]) -> [ItemID] { context.present(candidates) }

    /// `items` the force claims are met: the claims a finding's figures contradict.
    public func claimedMet(_ items: [ItemID]) -> [ItemID] { context.claimedMet(items) }

    private func distinct(_ value: Double, from limit: Double, _ format: (Double, Int) -> String) -> String {
        var decimals = 1
        while decimals < Self.maxDecimals, value != limit, format(value, decimals) == format(limit, decimals) { decimals += 1 }
        return format(value, decimals)
    }

    private func source(_ field: DataReturnField) -> String { "dataReturns.\(area).\(field.path)" }
}
