import ProbityCore

/// A plan's overdue and unowned actions, with the plan file as the user named it.
public struct PlanCheckReport: Sendable {
    public var check: PlanCheck
    public var file: String

    public init(check: PlanCheck, file: String) {
        self.check = check
        self.file = file
    }
}
