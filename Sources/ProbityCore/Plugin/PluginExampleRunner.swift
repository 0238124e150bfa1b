/// Runs a plugin's example through the same pipeline as a real assessment: it builds an
/// assessment of the area from the example, validates the data return, runs the plugin and
/// scores the area.
public struct PluginExampleRunner: Sendable {
    public let checklist: Checklist

    public init(checklist: Checklist) { self.checklist = checklist }

    /// The example's data period: the one it names, or the checklist year's default (September
    /// 2011 to May 2012 for the 2012 revisit, April 2010 to March 2011 for 2011).
    public func period(for example: PluginExample) -> Period {
        example.period ?? AssessmentTemplate.defaultPeriod(year: checklist.year)
    }

    /// Whether the example runs against this checklist: it has the plugin's area and is the
    /// version the example names, if it names one.
    public func runs(_ plugin: any AreaPlugin, _ example: PluginExample) -> Bool {
        checklist.area(plugin.descriptor.area) != nil && (example.checklist.map { $0 == checklist.id } ?? true)
    }

    public func run(_ plugin: any AreaPlugin, _ example: PluginExample) throws(ProbityError) -> AreaResult {
        try evaluate(plugin, example).result
    }

    /// The area's context, the plugin's own evaluation of it and the scored result.
    public func evaluate(_ plugin: any AreaPlugin, _ example: PluginExample) throws(ProbityError)
        -> (context: AreaContext, evaluation: AreaEvaluation, result: AreaResult)
    {
        guard let scale = checklist.activeScale else { throw .missingArea(area: plugin.descriptor.area, checklist: checklist.id) }
        let context = try context(plugin, example)
        let evaluation = plugin.evaluate(context)
        return (context, evaluation, AreaScorer(checklist: checklist, scale: scale).score(context, evaluation: evaluation))
    }

    public func context(_ plugin: any AreaPlugin, _ example: PluginExample) throws(ProbityError) -> AreaContext {
        let areaID = plugin.descriptor.area
        guard let area = checklist.area(areaID) else { throw .missingArea(area: areaID, checklist: checklist.id) }
        let file = "example \"\(example.name)\""
        let document = try JSONDocument.parse(bytes: Array(example.dataReturn.utf8), file: file)
        let validator = DataReturnValidator(schema: plugin.descriptor.dataReturn, file: file,
                                            base: JSONPath([.key("dataReturns"), .key(areaID.rawValue)]))
        let (figures, diagnostics) = validator.validate(document.value)
        if diagnostics.hasErrors { throw .validationFailed(file: file, diagnostics: diagnostics) }
        let period = period(for: example)
        let (answers, evidence) = build(area: area, example: example, period: period)
        return AreaContext(
            checklist: checklist, area: area,
            force: ForceInfo(name: "Example Constabulary", code: "EX", workforce: example.workforce),
            period: period, answers: answers, evidence: evidence, figures: figures, registers: example.registers)
    }

    func build(area: ChecklistArea, example: PluginExample, period: Period)
        -> ([ItemID: Answer], [EvidenceID: EvidenceRecord])
    {
        var answers: [ItemID: Answer] = [:]
        var evidence: [EvidenceID: EvidenceRecord] = [:]
        for item in area.items {
            let status = example.overrides[item.id] ?? example.status
            var answer = Answer(item: item.id, status: status)
            if status == .notApplicable { answer.reason = "example" }
            switch example.evidence {
            case .none:
                break
            case .narrativeOnly:
                answer.narrative = "The force says so."
            case .datedDocument, .undatedDocument, .outsidePeriod:
                let id = EvidenceID("EV-\(item.id)")
                let kind = item.evidenceKinds.first ?? EvidenceKindID("policy")
                let date: EvidenceDate? = switch example.evidence {
                case .datedDocument: Self.date(inside: period)
                case .outsidePeriod: Self.date(before: period)
                default: nil
                }
                evidence[id] = EvidenceRecord(id: id, kind: kind, title: "Evidence for \(item.id)", date: date, supports: [item.id])
                answer.evidence = [id]
            }
            answers[item.id] = answer
        }
        return (answers, evidence)
    }

    /// The first of the month two months before the period ends: 1 March 2012 for a period
    /// ending in May 2012.
    static func date(inside period: Period) -> EvidenceDate? {
        let end = period.end
        let month = (end.year * 12 + end.month - 1) - 2
        return LocalDate(year: month / 12, month: month % 12 + 1, day: 1).map(EvidenceDate.init)
    }

    /// March, three years before the period ends: 1 March 2009 for a period ending in 2012.
    static func date(before period: Period) -> EvidenceDate? {
        LocalDate(year: period.end.year - 3, month: 3, day: 1).map(EvidenceDate.init)
    }
}
