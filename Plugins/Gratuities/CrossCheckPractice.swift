/// How far the force cross-references the gifts and hospitality register with its contract and
/// procurement registers: not at all, "only where specific concerns have been identified" (as
/// HMIC found in Leicestershire in 2012), or routinely.
public enum CrossCheckPractice: String, Sendable, CaseIterable {
    case none
    case onConcern = "on-concern"
    case routine
}
