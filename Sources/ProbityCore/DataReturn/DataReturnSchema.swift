/// What an area's data return may contain and how its figures must reconcile. Each plugin
/// declares one; the core validates every assessment's return against it.
public struct DataReturnSchema: Sendable, Hashable {
    public var fields: [DataReturnField]
    public var reconciliations: [Reconciliation]

    public init(fields: [DataReturnField], reconciliations: [Reconciliation] = []) {
        self.fields = fields
        self.reconciliations = reconciliations
    }

    public static let empty = DataReturnSchema(fields: [])

    public func field(_ path: String) -> DataReturnField? { fields.first { $0.path == path } }

    /// The object paths (`hospitality`, `investigations.byOutcome`) that group fields.
    var groupPaths: Set<String> {
        var groups: Set<String> = []
        for field in fields {
            var parts = field.path.split(separator: ".").map(String.init)
            parts.removeLast()
            while !parts.isEmpty {
                groups.insert(parts.joined(separator: "."))
                parts.removeLast()
            }
        }
        return groups
    }
}
