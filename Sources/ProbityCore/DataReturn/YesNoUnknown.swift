/// The answer to a yes-or-no question of a data return when the force may not know
/// (`DataReturnField.answer`): does the force monitor personal social media accounts?
public enum YesNoUnknown: String, Sendable, Hashable, CaseIterable {
    case yes
    case no
    case unknown
}
