import ProbityCore

/// Whether the force checks staff conduct on its force-run social media accounts and on personal
/// accounts, each with the field that says so. The yes / no / unknown answers
/// (`socialMedia.monitorsForceAccounts`, `.monitorsPersonalAccounts`) win; without them the
/// older `socialMedia.monitoring` choice is read: `none` is no to both, `force-accounts` yes to
/// force-run and no to personal accounts, `personal-accounts` yes to both.
struct SocialMediaChecks {
    typealias Field = InformationDataReturn

    /// One kind of account: the answer and the figure a finding quotes for it.
    struct Answer {
        let value: YesNoUnknown
        let figure: Figure
    }

    let forceAccounts: Answer?
    let personalAccounts: Answer?

    init(_ context: AreaContext) {
        let kit = FigureBuilder(context: context)
        let legacy = context.figures.text(Field.socialMediaMonitoring).flatMap(SocialMediaMonitoring.init)
        forceAccounts = Self.answer(
            "force-run social media accounts checked", Field.monitorsForceAccounts, context.figures, kit,
            legacy: legacy.map { $0 == .none ? .no : .yes })
        personalAccounts = Self.answer(
            "personal social media accounts checked", Field.monitorsPersonalAccounts, context.figures, kit,
            legacy: legacy.map { $0 == .personalAccounts ? .yes : .no })
    }

    var forceValue: YesNoUnknown? { forceAccounts?.value }
    var personalValue: YesNoUnknown? { personalAccounts?.value }

    /// The figures behind both answers, each once (both may come from the one monitoring choice).
    var figures: [Figure] {
        var shown: [Figure] = []
        for figure in [forceAccounts?.figure, personalAccounts?.figure].compactMap({ $0 }) where !shown.contains(figure) {
            shown.append(figure)
        }
        return shown
    }

    private static func answer(_ label: String, _ field: DataReturnField, _ figures: DataReturn, _ kit: FigureBuilder,
                               legacy: YesNoUnknown?) -> Answer? {
        if let value = figures.answer(field) {
            return Answer(value: value, figure: kit.answer(label, field, value))
        }
        guard let legacy, let choice = figures.text(Field.socialMediaMonitoring) else { return nil }
        return Answer(value: legacy, figure: kit.choice("social media monitoring", Field.socialMediaMonitoring, choice))
    }
}
