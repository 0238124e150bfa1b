/// Where a finding comes from.
public enum FindingOrigin: String, StrictStringEnum {
    /// An item's answer: not met or partially met, or a key item met with strong evidence.
    case answer
    /// A plugin's reading of the data return and registers.
    case data
    /// An inspector's own finding in the moderation log.
    case inspector
}
