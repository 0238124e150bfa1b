/// One force's value behind a national figure, so every total can be traced to its forces.
public struct ForceValue: Sendable, Hashable, Codable {
    public var force: ForceCode
    public var value: Double

    public init(force: ForceCode, value: Double) {
        self.force = force
        self.value = value
    }
}
