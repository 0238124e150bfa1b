import ProbityCore

extension AreaContext {
    /// The items this checklist version has (a 2012-only item is absent from 2011).
    func present(_ items: [ItemID]) -> [ItemID] { items.filter { has($0) } }

    /// The items the force claims are met: the claims a contradicting figure reduces.
    func claimedMet(_ items: [ItemID]) -> [ItemID] { items.filter { claimsMet($0) } }

    /// `count` per 1,000 workforce a year, annualised from the data period (multiplied out in
    /// one expression so that a figure exactly at a threshold compares equal).
    func perThousandWorkforceAYear(_ count: Int) -> Double? {
        guard let workforce, workforce > 0, months > 0 else { return nil }
        return Double(count) * 1000 * 12 / (Double(workforce) * months)
    }
}
