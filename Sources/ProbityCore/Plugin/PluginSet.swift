/// The plugins a scoring run uses, checked against a checklist: every area must have a plugin
/// (a missing one is an error, never a silent zero) and every threshold a plugin reads must be
/// in its area's data.
public struct PluginSet: Sendable {
    public let plugins: [any AreaPlugin]

    public init(_ plugins: [any AreaPlugin]) { self.plugins = plugins }

    public func plugin(for area: AreaID) -> (any AreaPlugin)? {
        plugins.first { $0.descriptor.area == area }
    }

    public var schemas: [AreaID: DataReturnSchema] {
        Dictionary(plugins.map { ($0.descriptor.area, $0.descriptor.dataReturn) }, uniquingKeysWith: { first, _ in first })
    }

    /// Problems that stop the checklist being scored by these plugins.
    public func diagnostics(for checklist: Checklist, file: String) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for (index, area) in checklist.areas.enumerated() {
            let path = JSONPath([.key("areas"), .index(index)])
            guard let plugin = plugin(for: area.id) else {
                problems.append(Diagnostic(.error, file: file, path: path.appending("id"),
                                           "area \"\(area.id)\" has no plugin to score it"))
                continue
            }
            for spec in plugin.descriptor.thresholds where area.thresholds[spec.key] == nil {
                problems.append(Diagnostic(.error, file: file, path: path.appending("thresholds").appending(spec.key),
                                           "missing threshold read by the \(area.id) plugin (\(spec.meaning))"))
            }
        }
        return problems
    }

    public func requireCoverage(of checklist: Checklist, file: String) throws(ProbityError) {
        let problems = diagnostics(for: checklist, file: file)
        if problems.hasErrors {
            if let missing = checklist.areas.first(where: { plugin(for: $0.id) == nil }) {
                throw .missingPlugin(area: missing.id, checklist: checklist.id)
            }
            throw .validationFailed(file: file, diagnostics: problems)
        }
    }
}
