/// Data-return figures across forces: totals with their forces, practices, shares.
extension NationalAggregator {
    func figureTotals(_ forces: [NationalForce]) -> [NationalFigure] {
        orderedFields.compactMap { entry -> NationalFigure? in
            let kind: NationalFigure.Kind
            switch entry.field.kind {
            case .count: kind = .count
            case .amount: kind = .amount
            default: return nil
            }
            return total(FigureRef(entry.area, entry.field.path), kind: kind, meaning: entry.field.meaning, forces)
        }
    }

    func total(_ ref: FigureRef, kind: NationalFigure.Kind, meaning: String, _ forces: [NationalForce]) -> NationalFigure {
        var contributions: [ForceValue] = []
        var notReported: [ForceCode] = []
        var perMonth = 0.0
        for force in forces {
            guard let value = force.value(ref)?.numberValue else {
                notReported.append(force.code)
                continue
            }
            contributions.append(ForceValue(force: force.code, value: value))
            if force.months > 0 { perMonth += value / force.months }
        }
        let total = contributions.reduce(0) { $0 + $1.value }
        let reporting = contributions.count
        return NationalFigure(
            figure: ref, kind: kind, meaning: meaning, total: total, forcesReporting: reporting,
            notReported: notReported, meanPerForce: reporting > 0 ? total / Double(reporting) : nil,
            perMonth: reporting > 0 && rules.isCountedOverPeriod(ref.path, measure: schemas[ref.area]?.field(ref.path)?.measure) ? perMonth : nil, contributions: contributions)
    }

    func breakdowns() -> [NationalBreakdown] {
        checklist.areas.flatMap { area in
            (schemas[area.id]?.reconciliations ?? []).compactMap { rule -> NationalBreakdown? in
                guard case .sum(let total, let parts) = rule else { return nil }
                return NationalBreakdown(total: FigureRef(area.id, total.path), parts: parts.map { FigureRef(area.id, $0.path) })
            }
        }
    }

    func practices(_ forces: [NationalForce]) -> [NationalPractice] {
        orderedFields.compactMap { entry -> NationalPractice? in
            let ref = FigureRef(entry.area, entry.field.path)
            let values: [String]
            switch entry.field.kind {
            case .flag: values = ["yes", "no"]
            case .choice(let allowed): values = allowed
            default: return nil
            }
            var answers = values.map { AnswerTally(value: $0, count: 0, forces: []) }
            var notReported: [ForceCode] = []
            for force in forces {
                guard let answer = Self.practiceAnswer(force.value(ref)), let index = values.firstIndex(of: answer) else {
                    notReported.append(force.code)
                    continue
                }
                answers[index].count += 1
                answers[index].forces.append(force.code)
            }
            return NationalPractice(figure: ref, meaning: entry.field.meaning, answers: answers, notReported: notReported)
        }
    }

    static func practiceAnswer(_ value: JSONValue?) -> String? {
        if let flag = value?.boolValue { return flag ? "yes" : "no" }
        return value?.stringValue
    }

    func shares(_ forces: [NationalForce]) -> [NationalShare] {
        rules.shares.map { rule in
            var numerator = 0.0
            var denominator = 0.0
            var codes: [ForceCode] = []
            for force in forces {
                guard let top = force.value(rule.numerator)?.numberValue,
                      let bottom = force.value(rule.denominator)?.numberValue else { continue }
                numerator += top
                denominator += bottom
                codes.append(force.code)
            }
            return NationalShare(
                id: rule.id, label: rule.label, numerator: rule.numerator, numeratorTotal: numerator,
                denominator: rule.denominator, denominatorTotal: denominator,
                value: denominator > 0 ? numerator / denominator : nil, forces: codes)
        }
    }
}
