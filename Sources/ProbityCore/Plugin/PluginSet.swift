/// The plugins a scoring run uses, checked against a checklist. The checklist decides which
/// areas exist: an area with no plugin is scored by the core from its answers and evidence, and
/// a plugin adds data-return and register indicators on top. Each area has at most one plugin,
/// every threshold a plugin reads must be in its area's data, and every item a declared finding
/// reads must be in its area in each checklist version the finding serves.
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
    /// a threshold a plugin reads missing from its area's data, or an item a declared finding
    /// reads missing from its area.
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
            problems += missingItems(plugin.descriptor, area: area, checklist: checklist.id, file: file,
                                     path: path.appending("items"))
        }
        return problems
    }

    /// An error for each item a declared finding reads that this version of its area lacks (an
    /// item renamed or removed), naming the plugin, the finding and the item.
    func missingItems(_ descriptor: PluginDescriptor, area: ChecklistArea, checklist: ChecklistID, file: String,
                      path: JSONPath) -> [Diagnostic] {
        descriptor.findings.flatMap { finding in
            finding.requiredItems(in: checklist).filter { area.item($0) == nil }.map { item in
                Diagnostic(.error, file: file, path: path,
                           "the \(descriptor.area) plugin's finding \(finding.id) reads item \(item), which \(checklist) "
                               + "does not have; restore the item, or declare the checklist versions the finding serves")
            }
        }
    }

    public func requireCompatibility(with checklist: Checklist, file: String) throws(ProbityError) {
        let problems = diagnostics(for: checklist, file: file)
        if problems.hasErrors { throw .validationFailed(file: file, diagnostics: problems) }
    }
}
