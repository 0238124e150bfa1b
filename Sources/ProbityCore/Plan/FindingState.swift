/// Whether the finding behind an action was still found by the latest health check the plan
/// was updated from. Set by probity, never by the force.
public enum FindingState: String, StrictStringEnum {
    case current
    case noLongerFound = "no-longer-found"
}
