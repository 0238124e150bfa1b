/// An integrity-area plugin: one small struct per area (`Plugins/<Area>/`). It declares its
/// area, data return, thresholds, the findings it can raise (with the items each reads) and
/// examples in its descriptor, and turns an area's answers,
/// figures and register findings into findings and metrics. The core does the rest: evidence
/// weighting, scoring, grading and the why-trail are the same for every area.
public protocol AreaPlugin: Sendable {
    static var descriptor: PluginDescriptor { get }
    init()
    func evaluate(_ context: AreaContext) -> AreaEvaluation
}

extension AreaPlugin {
    public var descriptor: PluginDescriptor { Self.descriptor }
}

/// The one value that documents, registers and tests a plugin.
public struct PluginDescriptor: Sendable {
    public var area: AreaID
    public var name: String
    public var rationale: String
    public var dataReturn: DataReturnSchema
    public var thresholds: [ThresholdSpec]
    /// Every finding the plugin can raise, with the items each reads.
    public var findings: [FindingSpec]
    public var examples: [PluginExample]

    public init(area: AreaID, name: String, rationale: String, dataReturn: DataReturnSchema,
                thresholds: [ThresholdSpec], findings: [FindingSpec] = [], examples: [PluginExample]) {
        self.area = area
        self.name = name
        self.rationale = rationale
        self.dataReturn = dataReturn
        self.thresholds = thresholds
        self.findings = findings
        self.examples = examples
    }
}
