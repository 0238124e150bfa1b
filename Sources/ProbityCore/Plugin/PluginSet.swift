/// The plugins a scoring run uses, checked against a checklist. The checklist decides which
/// areas exist: an area with no plugin is scored by the core from its answers and evidence, and
/// a plugin adds data-return and register indicators on top. Each area has at most one plugin,
/// and every threshold a plugin reads must be in its area's data.
public struct PluginSet: Sendable {
    public let plugins: [any AreaPlugin]

    public init(_ plugins: [any AreaPlugin]) { self.plugins = plugins }

    public func plugin(for area: AreaID) -> (any AreaPlugin)? {
        plugins.first { $0.descriptor.area == area }
    }

    public var schemas: [AreaID: DataReturnSchema] {
        Dictionary(plugins.map { ($0.descriptor.area, $0.descriptor.dataReturn) }, uniquingKeysWith: { first, _ in first })
    }

    /// Problems that stop the checklist being scored by these plugins: two plugins for one area,
    /// or a threshold a plugin reads missing from its area's data.
    public func diagnostics(for checklist: Checklist, file: String) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for (index, area) in checklist.areas.enumerated() {
            let path = JSONPath([.key("areas"), .index(index)])
            let claiming = plugins.filter { $0.descriptor.area == area.id }
            if claiming.count > 1 {
                problems.append(Diagnostic(.error, file: file, path: path.appending("id"),
                                           "area \"\(area.id)\" has \(claiming.count) plugins; an area has at most one"))
            }
            guard let plugin = claiming.first else { continue }
            for spec in plugin.descriptor.thresholds where area.thresholds[spec.key] == nil {
                problems.append(Diagnostic(.error, file: file, path: path.appending("thresholds").appending(spec.key),
                                           "missing threshold read by the \(area.id) plugin (\(spec.meaning))"))
            }
        }
        return problems
    }

    public func requireCompatibility(with checklist: Checklist, file: String) throws(ProbityError) {
        let problems = diagnostics(for: checklist, file: file)
        if problems.hasErrors { throw .validationFailed(file: file, diagnostics: problems) }
    }
}
