/// Runs a plugin's example through the same pipeline as a real assessment: it builds an
/// assessment of the area from the example, validates the data return, runs the plugin and
/// scores the area.
public struct PluginExampleRunner: Sendable {
    public let checklist: Checklist

    public init(checklist: Checklist) { self.checklist = checklist }

    /// The example period: September 2011 to May 2012, as in HMIC's 2012 data return.
    public static let period = Period(
        start: LocalDate(year: 2011, month: 9, day: 1) ?? LocalDate(daysSinceEpoch: 0),
        end: LocalDate(year: 2012, month: 5, day: 31) ?? LocalDate(daysSinceEpoch: 0))

    public func run(_ plugin: any AreaPlugin, _ example: PluginExample) throws(ProbityError) -> AreaResult {
        let areaID = plugin.descriptor.area
        guard let area = checklist.area(areaID), let scale = checklist.activeScale else {
            throw .missingArea(area: areaID, checklist: checklist.id)
        }
        let file = "example \"\(example.name)\""
        let document = try JSONDocument.parse(bytes: Array(example.dataReturn.utf8), file: file)
        let validator = DataReturnValidator(schema: plugin.descriptor.dataReturn, file: file,
                                            base: JSONPath([.key("dataReturns"), .key(areaID.rawValue)]))
        let (figures, diagnostics) = validator.validate(document.value)
        if diagnostics.hasErrors { throw .validationFailed(file: file, diagnostics: diagnostics) }
        let (answers, evidence) = build(area: area, example: example)
        let context = AreaContext(
            checklist: checklist, area: area,
            force: ForceInfo(name: "Example Constabulary", code: "EX", workforce: example.workforce),
            period: Self.period, answers: answers, evidence: evidence, figures: figures, registers: example.registers)
        return AreaScorer(checklist: checklist, scale: scale).score(context, evaluation: plugin.evaluate(context))
    }

    func build(area: ChecklistArea, example: PluginExample) -> ([ItemID: Answer], [EvidenceID: EvidenceRecord]) {
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
                case .datedDocument: EvidenceDate("2012-03-01")
                case .outsidePeriod: EvidenceDate("2009-03-01")
                default: nil
                }
                evidence[id] = EvidenceRecord(id: id, kind: kind, title: "Evidence for \(item.id)", date: date, supports: [item.id])
                answer.evidence = [id]
            }
            answers[item.id] = answer
        }
        return (answers, evidence)
    }
}
