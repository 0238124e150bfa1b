import Testing
@testable import ProbityRegisters

@Suite struct NameNormaliserTests {
    let normaliser = NameNormaliser(legalSuffixes: ["ltd", "limited", "plc", "llp", "co", "company", "inc"])

    @Test(arguments: [
        ("The Northern Fleet Services Ltd.", "northern fleet services"),
        ("NORTHERN FLEET SERVICES LIMITED", "northern fleet services"),
        ("  Northern   Fleet Services, LTD ", "northern fleet services"),
        ("Northern Fleet Services P.L.C.", "northern fleet services"),
        ("Barker, Hughes & Co", "barker hughes"),
        ("Barker & Hughes and Company", "barker and hughes"),
        ("Smith&Jones &Co.", "smith and jones"),
        ("Smith's Café", "smiths cafe"),
        ("Smith’s Cafe", "smiths cafe"),
        ("Łódź Logistics", "lodz logistics"),
        ("Ørsted Håkon Sørensen", "orsted hakon sorensen"),
        ("Đorđe Æther Straße", "dorde aether strasse"),
        ("Crème Brûlée Supplies", "creme brulee supplies"),
        ("Cafe\u{301} Noir", "cafe noir"),
        ("The", "the"),
        ("The Co", "co"),
        ("And Co", "and"),
        ("Widget Co Ltd", "widget"),
        ("Widget and Co Ltd", "widget"),
        ("Widget Ltd Ltd Ltd", "widget ltd"),
        ("A-1 Cars (UK) Ltd", "a 1 cars uk"),
        ("", ""),
    ])
    func keys(_ name: String, _ key: String) {
        #expect(normaliser.key(name) == key)
    }

    @Test func wordsSplitTheKey() {
        #expect(normaliser.words("The Northern Fleet Services Ltd.") == ["northern", "fleet", "services"])
    }
}
