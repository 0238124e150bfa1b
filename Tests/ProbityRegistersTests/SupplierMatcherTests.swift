import Testing
@testable import ProbityRegisters

@Suite struct SupplierMatcherTests {
    static let suppliers = [
        "Northern Fleet Services Ltd", "Apex Data Solutions Ltd", "Barker & Hughes LLP", "Hall & Cooper",
        "Hill Data Ltd", "Kestrel Kennel Ltd", "Kestrel Kennet Ltd", "Mendip Textile Services Ltd",
        "Hart's Signage Partners", "Hart Data Ltd", "Hall Security Ltd", "Łódź Logistics Ltd",
        "Western Data Technologies Ltd",
    ]

    func match(_ names: [String], rules: MatchingRules? = nil) throws -> [NameMatch] {
        let rules = try rules ?? CrosscheckRules.defaults.matching
        return SupplierMatcher(rules: rules).match(names, suppliers: Self.suppliers)
    }

    func supplierName(_ match: NameMatch) -> String? { match.supplier.map { Self.suppliers[$0] } }

    @Test(arguments: [
        ("The Northern Fleet Services Ltd.", "Northern Fleet Services Ltd", MatchRule.exact),
        ("NORTHERN FLEET SERVICES LIMITED", "Northern Fleet Services Ltd", .exact),
        ("Lodz Logistics", "Łódź Logistics Ltd", .exact),
        ("Northern Fleet Servcies", "Northern Fleet Services Ltd", .spelling),
        ("Nothern Fleet Services Ltd", "Northern Fleet Services Ltd", .spelling),
        ("WESTERN DARA TECHNOLOGIES LTD.", "Western Data Technologies Ltd", .spelling),
        ("Mendip Textile Service", "Mendip Textile Services Ltd", .spelling),
        ("Northern Fleet Svcs", "Northern Fleet Services Ltd", .abbreviation),
        ("Northern Fleetservices", "Northern Fleet Services Ltd", .joinedWords),
        ("Fleet Services Northern", "Northern Fleet Services Ltd", .wordOrder),
        ("Fleet Services, The Northern", "Northern Fleet Services Ltd", .wordOrder),
        ("Northern Fleet Services Limtted", "Northern Fleet Services Ltd", .spelling),
        ("Northern Fleet Services and Compnay", "Northern Fleet Services Ltd", .spelling),
        ("Xorthern Fleet Services", "Northern Fleet Services Ltd", .spelling),
        ("Nrothern Fleet Servcies", "Northern Fleet Services Ltd", .spelling),
    ])
    func matches(_ typed: String, _ supplier: String, _ rule: MatchRule) throws {
        let result = try match([typed])[0]
        #expect(supplierName(result) == supplier)
        #expect(result.rule == rule)
        #expect(result.method == (rule == .exact ? .exact : .fuzzy))
        #expect(rule == .exact ? result.score == 1 : (result.score >= 0.8 && result.score < 1))
    }

    @Test(arguments: [
        "Northern Fleet Solutions Ltd",  // "solutions" is another supplier's word: a different company
        "Hughes & Barker LLP",           // two partners swapped: as often another firm as the same
        "Hill & Cooper",                 // "hill" is a word of another supplier's name
        "Hart Signage Partners",         // "hart" and "harts" are both supplier words
        "Northern Fleet",                // a word missing is not a misspelling
        "Southern Fleet Services Ltd",   // "southern": more than one edit from "northern"
        "Leeds City Council",
    ])
    func nearMissesDoNotMatch(_ typed: String) throws {
        let result = try match([typed])[0]
        #expect(result.supplier == nil, "\(typed) matched \(supplierName(result) ?? "")")
        #expect(result.method == .none)
    }

    @Test func aTieBetweenTwoSuppliersMatchesNeither() throws {
        let result = try match(["Kestrel Kenne Ltd"])[0]
        #expect(result.supplier == nil)
        #expect(result.rule == .ambiguous)
    }

    /// "Hull" could be "Hall" misspelt, until other names show it is a word in its own right.
    @Test func aWordOtherNamesUseIsNotAMisspelling() throws {
        #expect(supplierName(try match(["Hull Security Ltd"])[0]) == "Hall Security Ltd")
        let withContext = try match(["Hull Security Ltd", "Hull City Council", "University of Hull"])
        #expect(withContext[0].supplier == nil)
    }

    @Test func thresholdsAreData() throws {
        var rules = try CrosscheckRules.defaults.matching
        rules.minScore = 0.99
        #expect(try match(["Northern Fleet Servcies"], rules: rules)[0].supplier == nil)
        rules = try CrosscheckRules.defaults.matching
        rules.editBudget = []
        #expect(try match(["Northern Fleet Servcies"], rules: rules)[0].supplier == nil)
        rules = try CrosscheckRules.defaults.matching
        rules.allowWordOrder = false
        #expect(try match(["Fleet Services Northern"], rules: rules)[0].supplier == nil)
        rules = try CrosscheckRules.defaults.matching
        rules.abbreviations = [:]
        #expect(try match(["Northern Fleet Svcs"], rules: rules)[0].supplier == nil)
    }
}
