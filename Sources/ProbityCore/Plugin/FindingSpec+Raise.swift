extension FindingSpec {
    /// The finding raised: its id, kind and title from this declaration, so an indicator says
    /// only what it found. `kind` picks a more severe kind the spec declares (a count past a
    /// threshold) and `title` one of its `otherTitles`; by default the finding takes the least
    /// severe declared kind and the main title. A kind or title the spec does not declare is
    /// not taken: the declared one is kept, and the plugin's examples show the mismatch.
    public func raise(
        detail: String, items: [ItemID], figures: [Figure] = [], contradicts: [ItemID] = [],
        kind: FindingKind? = nil, title: String? = nil
    ) -> Finding {
        Finding(id: id, kind: declaredKind(kind), title: declaredTitle(title), detail: detail, items: items,
                figures: figures, contradicts: contradicts)
    }

    /// The first of `otherTitles`, for a finding with one more specific case.
    public var otherTitle: String? { otherTitles.first }

    private func declaredKind(_ kind: FindingKind?) -> FindingKind {
        let least = kinds.first ?? .improvement
        guard let kind, kinds.contains(kind) else { return least }
        return kind
    }

    private func declaredTitle(_ candidate: String?) -> String {
        guard let candidate, allTitles.contains(candidate) else { return title }
        return candidate
    }
}
