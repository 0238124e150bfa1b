import ProbityCore

extension AreaContext {
    /// The items this checklist version has (a 2012-only item is absent from 2011).
    func present(_ items: [ItemID]) -> [ItemID] { items.filter { has($0) } }

    /// The items the force claims are met: the claims a contradicting figure reduces.
    func claimedMet(_ items: [ItemID]) -> [ItemID] { items.filter { claimsMet($0) } }
}
