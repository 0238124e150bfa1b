import ProbityCore
import Testing

@Suite struct DataReturnValidatorTests {
    static let total = DataReturnField.count("entries.total", "all entries")
    static let accepted = DataReturnField.count("entries.accepted", "accepted")
    static let declined = DataReturnField.count("entries.declined", "declined")
    static let chief = DataReturnField.count("chiefOfficers.entries", "chief officers' entries")
    static let reviewed = DataReturnField.count("chiefOfficers.peerReviewed", "peer reviewed")
    static let share = DataReturnField.share("coverage", "share trained")
    static let rank = DataReturnField.choice("lead", ["detective-inspector", "detective-sergeant"], "lead rank")
    static let staff = DataReturnField.amount("acu.staff", "unit staff (FTE)", allowsUnchanged: true)
    static let monitors = DataReturnField.answer("monitorsPersonalAccounts", "personal accounts monitored")
    static let schema = DataReturnSchema(
        fields: [total, accepted, declined, chief, reviewed, share, rank, staff, monitors],
        reconciliations: [.sum(total: total, parts: [accepted, declined]), .atMost(part: reviewed, whole: chief)])

    func messages(_ json: String) throws -> [String] {
        let document = try JSONDocument.parse(bytes: Array(json.utf8), file: "a.json")
        let validator = DataReturnValidator(schema: Self.schema, file: "a.json", base: JSONPath([.key("dataReturns"), .key("gratuities")]))
        return validator.validate(document.value).1.map(\.rendered)
    }

    @Test func aTotalThatDoesNotAddUpNamesBothNumbers() throws {
        #expect(try messages(#"{"entries": {"total": 412, "accepted": 300, "declined": 100}}"#) == [
            "a.json: dataReturns.gratuities.entries.total: 412 does not equal accepted + declined = 400 (accepted 300, declined 100)",
        ])
    }

    @Test func aPartLargerThanItsWhole() throws {
        #expect(try messages(#"{"chiefOfficers": {"entries": 3, "peerReviewed": 5}}"#) == [
            "a.json: dataReturns.gratuities.chiefOfficers.peerReviewed: 5 is more than chiefOfficers.entries 3",
        ])
    }

    @Test func negativeFractionalAndMistypedFigures() throws {
        #expect(try messages(#"{"entries": {"total": -1, "accepted": 2.5, "declined": "ten"}}"#) == [
            "a.json: dataReturns.gratuities.entries.accepted: a count must be a whole number, found 2.5",
            "a.json: dataReturns.gratuities.entries.declined: expected a whole number of 0 or more, or \"unknown\", found \"ten\"",
            "a.json: dataReturns.gratuities.entries.total: a count cannot be negative, found -1",
        ])
    }

    @Test func unknownFieldsGetASuggestion() throws {
        #expect(try messages(#"{"entries": {"acepted": 1}, "other": 2}"#) == [
            "a.json: dataReturns.gratuities.entries.acepted: unknown field \"acepted\"; did you mean \"accepted\"?",
            "a.json: dataReturns.gratuities.other: unknown field \"other\"; expected one of acu, chiefOfficers, coverage, entries, lead, monitorsPersonalAccounts",
        ])
    }

    @Test func sharesAndChoices() throws {
        #expect(try messages(#"{"coverage": 1.2, "lead": "chief"}"#) == [
            "a.json: dataReturns.gratuities.coverage: expected a share between 0 and 1, found number 1.2",
            "a.json: dataReturns.gratuities.lead: expected one of detective-inspector, detective-sergeant, found \"chief\"",
        ])
    }

    @Test func aValidReturnIsReadable() throws {
        let document = try JSONDocument.parse(bytes: Array(#"{"entries": {"total": 3, "accepted": 2, "declined": 1}}"#.utf8), file: "a.json")
        let (figures, diagnostics) = DataReturnValidator(schema: Self.schema, file: "a.json", base: JSONPath()).validate(document.value)
        #expect(diagnostics.isEmpty)
        #expect(figures.count(Self.declined) == 1)
        #expect(figures.count(Self.chief) == nil)
    }

    func validated(_ json: String) throws -> (DataReturn, [String]) {
        let document = try JSONDocument.parse(bytes: Array(json.utf8), file: "a.json")
        let (figures, diagnostics) = DataReturnValidator(schema: Self.schema, file: "a.json", base: JSONPath()).validate(document.value)
        return (figures, diagnostics.map(\.rendered))
    }

    @Test func unknownIsAcceptedForAnyCountOrAmount() throws {
        let (figures, problems) = try validated(#"{"entries": {"total": "unknown", "accepted": 2}, "acu": {"staff": "unknown"}}"#)
        #expect(problems.isEmpty)
        #expect(figures.reported(Self.total) == .unknown)
        #expect(figures.reported(Self.accepted) == .value(2))
        #expect(figures.reported(Self.staff) == .unknown)
        #expect(figures.count(Self.total) == nil)
        #expect(figures.number(Self.staff) == nil)
        #expect(figures.reported(Self.declined) == nil)
    }

    @Test func unchangedIsAcceptedWhereTheFieldAllowsIt() throws {
        let (figures, problems) = try validated(#"{"acu": {"staff": "unchanged"}}"#)
        #expect(problems.isEmpty)
        #expect(figures.reported(Self.staff) == .unchanged)
        #expect(figures.number(Self.staff) == nil)
        #expect(figures.isPresent(Self.staff))
    }

    @Test func unchangedIsRefusedForAFlowCount() throws {
        #expect(try messages(#"{"entries": {"total": "unchanged"}}"#) == [
            "a.json: dataReturns.gratuities.entries.total: \"unchanged\" is only allowed for a level that can stay the same between returns; expected a whole number of 0 or more, or \"unknown\"",
        ])
    }

    @Test func otherWordsNameEveryAllowedForm() throws {
        #expect(try messages(#"{"acu": {"staff": "lots"}, "entries": {"total": "n/a"}}"#) == [
            "a.json: dataReturns.gratuities.acu.staff: expected a number of 0 or more, \"unknown\" or \"unchanged\", found \"lots\"",
            "a.json: dataReturns.gratuities.entries.total: expected a whole number of 0 or more, or \"unknown\", found \"n/a\"",
        ])
    }

    @Test func aCountAllowingUnchangedSaysSo() throws {
        let level = DataReturnField.count("acu.staff", "unit staff", allowsUnchanged: true)
        #expect(level.expectation == #"a whole number of 0 or more, "unknown" or "unchanged""#)
        #expect(DataReturnField.flag("x", "x", required: false).expectation == "true or false")
    }

    @Test func reconciliationsSkipUnknownFiguresAsTheySkipAbsentOnes() throws {
        #expect(try messages(#"{"entries": {"total": 412, "accepted": "unknown", "declined": 100}}"#).isEmpty)
        #expect(try messages(#"{"entries": {"total": "unknown", "accepted": 300, "declined": 100}}"#).isEmpty)
        #expect(try messages(#"{"chiefOfficers": {"entries": "unknown", "peerReviewed": 5}}"#).isEmpty)
        #expect(try messages(#"{"entries": {"total": 412, "declined": 100}}"#).isEmpty)
    }

    @Test func yesNoUnknownAnswers() throws {
        let (figures, problems) = try validated(#"{"monitorsPersonalAccounts": "unknown"}"#)
        #expect(problems.isEmpty)
        #expect(figures.answer(Self.monitors) == .unknown)
        #expect(try messages(#"{"monitorsPersonalAccounts": true}"#) == [
            "a.json: dataReturns.gratuities.monitorsPersonalAccounts: expected one of yes, no, unknown, found boolean true",
        ])
    }
}
