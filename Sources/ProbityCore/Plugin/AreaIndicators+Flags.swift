extension AreaIndicators {
    /// Raises `spec` when the yes/no `field` is answered no (not when it is missing): the finding
    /// quotes the field as `label: no` and contradicts a claim that any of `items` is met.
    public func raise(_ spec: FindingSpec, whenNo field: DataReturnField, label: String, detail: String,
                      items: [ItemID]) -> Finding? {
        guard figures.flag(field) == false else { return nil }
        let named = kit.present(items)
        return spec.raise(detail: detail, items: named, figures: [kit.flag(label, field, false)],
                          contradicts: kit.claimedMet(named))
    }
}
