/// What a plugin concludes about its area from the figures and the answers.
public struct AreaEvaluation: Sendable, Hashable {
    public var findings: [Finding]
    public var metrics: [Metric]

    public init(findings: [Finding] = [], metrics: [Metric] = []) {
        self.findings = findings
        self.metrics = metrics
    }
}
