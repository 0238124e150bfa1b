import ProbityCore

/// The gratuities indicators drawn from how the force says its register is kept and checked:
/// a manual register (GH-F09) and cross-referencing with contract and procurement registers
/// that is absent or only prompted by a specific concern (GH-F10).
extension GratuitiesIndicators {
    /// GH-F09: the register is kept on paper, so entries are hard to monitor, check and analyse
    /// (GH-01 asks for one register, ideally electronic; GH-04 for PSD oversight of it).
    func manualRegister() -> Finding? {
        guard figures.text(Field.registerMedium) == RegisterMedium.manual.rawValue else { return nil }
        let central = figures.flag(Field.registerHeldCentrally)
        var quoted = [kit.choice("Register medium", Field.registerMedium, RegisterMedium.manual.rawValue)]
        if let central { quoted.append(kit.flag("Register held centrally", Field.registerHeldCentrally, central)) }
        let place = central == true ? ", held centrally," : ""
        return Findings.manualRegister.raise(
            detail: "The gifts and hospitality register is a manual one\(place) which makes it hard for PSD to monitor entries and identify potential problems at an early stage; HMIC (2012) looked for an electronic register overseen by PSD.",
            items: context.present([Items.singleRegister, Items.registerOversight]), figures: quoted)
    }

    /// GH-F10: register entries are not cross-referenced with contract and procurement
    /// registers, or only where specific concerns have been identified. Contradicts GH-05
    /// claimed met when there is no cross-referencing at all.
    func limitedCrossChecking() -> Finding? {
        guard let text = figures.text(Field.registerCrossChecking), let practice = CrossCheckPractice(rawValue: text),
            practice != .routine
        else { return nil }
        let none = practice == .none
        return Findings.limitedCrossChecking.raise(
            detail: none
                ? "The force does not cross-reference its gifts and hospitality register with its contract and procurement registers, so it cannot see a company providing hospitality and then receiving a contract, as 31 forces could not in 2012."
                : "The force cross-references its gifts and hospitality register with its contract and procurement registers only where specific concerns have been identified, not routinely, so hospitality from a company that then receives a contract is found only once someone suspects it.",
            items: context.present([Items.crossCheckedWithContractors]),
            figures: [kit.choice("Cross-checking with contract and procurement registers", Field.registerCrossChecking, text)],
            contradicts: none ? context.claimedMet([Items.crossCheckedWithContractors]) : [],
            title: none ? nil : Findings.limitedCrossChecking.otherTitle)
    }
}
