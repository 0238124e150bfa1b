/// Forces far above or below the rest, by `OutlierRule`.
extension NationalAggregator {
    func outlierTests(_ forces: [NationalForce]) -> [NationalOutlierTest] {
        rules.outliers.figures.map { outlierTest($0, forces) }
    }

    func outlierTest(_ ref: FigureRef, _ forces: [NationalForce]) -> NationalOutlierTest {
        let rule = rules.outliers
        var rates: [ForceRate] = []
        var excluded: [ForceCode] = []
        for force in forces {
            guard let value = force.value(ref)?.numberValue, let workforce = force.workforce, workforce > 0, force.months > 0 else {
                excluded.append(force.code)
                continue
            }
            let rate = value / (Double(workforce) / 1000) / force.months
            rates.append(ForceRate(force: force.code, value: value, workforce: workforce, months: force.months, rate: rate, score: nil))
        }
        var test = NationalOutlierTest(
            figure: ref, meaning: field(ref)?.meaning ?? "", k: rule.k, rates: rates, spread: nil, lowerBound: nil,
            upperBound: nil, above: [], below: [], excluded: excluded, notTested: nil)
        guard rates.count >= rule.minimumForces else {
            test.notTested = "\(rates.isEmpty ? "no force has" : "only \(Words.count(rates.count, "force")) \(Words.verb(rates.count, "has", "have"))") a rate; the test needs at least \(rule.minimumForces)"
            return test
        }
        guard let spread = RobustSpread.measure(rates.map(\.rate)), spread.scale > 0 else {
            test.notTested = "every force has the same rate"
            return test
        }
        test.spread = spread
        test.lowerBound = spread.median - rule.k * spread.scale
        test.upperBound = spread.median + rule.k * spread.scale
        test.rates = rates.map { rate in
            var scored = rate
            scored.score = spread.score(rate.rate)
            return scored
        }
        test.above = test.rates.filter { ($0.score ?? 0) > rule.k }.sorted { ($1.rate, $0.force) < ($0.rate, $1.force) }
        test.below = test.rates.filter { ($0.score ?? 0) < -rule.k }.sorted { ($0.rate, $0.force) < ($1.rate, $1.force) }
        return test
    }
}
