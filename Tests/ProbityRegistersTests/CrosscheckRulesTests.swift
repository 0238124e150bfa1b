import Foundation
import Testing
@testable import ProbityRegisters

@Suite struct CrosscheckRulesTests {
    func decodeError(_ json: String) -> String? {
        do {
            _ = try CrosscheckRules.decode(Data(json.utf8), file: "rules.json")
            return nil
        } catch {
            return error.message
        }
    }

    @Test func defaultsMatchTheBenchDefinitions() throws {
        let rules = try CrosscheckRules.defaults
        #expect(rules.hospitality.contractWindow == DayWindow(fromDays: 0, toDays: 365))
        #expect(rules.hospitality.chiefOfficerRanks == ["ACC", "DCC", "CC"])
        #expect(rules.interests.reviewPeriodMonths == 12)
        #expect(rules.interests.prohibitedCategories == ["driver", "driving_instructor", "police_skills_training"])
        #expect(rules.matching.legalSuffixes == ["ltd", "limited", "plc", "llp", "co", "company", "inc"])
        #expect(rules.matching.budget(forLength: 3) == 0)
        #expect(rules.matching.budget(forLength: 4) == 1)
        #expect(rules.matching.budget(forLength: 9) == 2)
    }

    @Test func aRulesFileOverridesOnlyWhatItNames() throws {
        let rules = try CrosscheckRules.decode(Data("""
        {"hospitality": {"contractWindow": {"fromDays": 0, "toDays": 730}}, "interests": {"reviewPeriodMonths": 6}}
        """.utf8), file: "rules.json")
        #expect(rules.hospitality.contractWindow.toDays == 730)
        #expect(rules.interests.reviewPeriodMonths == 6)
        #expect(rules.hospitality.chiefOfficerRanks == ["ACC", "DCC", "CC"])
    }

    @Test func mistakesNameTheKey() {
        #expect(decodeError("{\"hospitality\": {\"contractWindw\": {}}}")?
            .hasPrefix("rules.json: hospitality.contractWindw: unknown key; expected one of") == true)
        #expect(decodeError("{\"interests\": {\"reviewPeriodMonths\": \"twelve\"}}")
            == "rules.json: interests.reviewPeriodMonths: expected a number, found \"twelve\"")
        #expect(decodeError("{\"matching\": {\"minScore\": 2}}") == "rules.json: matching.minScore: expected a number from 0 to 1")
        #expect(decodeError("{\"schemaVersion\": 2}") == "rules.json: schemaVersion: expected 1")
        #expect(decodeError("not json") == "rules.json:1:2: malformed JSON: unexpected 'o'; expected null or a quoted string")
        #expect(decodeError("[1]") == "rules.json: expected a JSON object")
    }
}
