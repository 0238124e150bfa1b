/// The findings a descriptor declares, and the check that a plugin keeps to them.
extension PluginDescriptor {
    public func finding(_ id: FindingID) -> FindingSpec? { findings.first { $0.id == id } }

    /// How `raised`, the findings the plugin returned for an area of `checklist`, break the
    /// descriptor: an undeclared id, a kind or title it does not declare, a checklist version
    /// it does not serve, or an item it does not declare. Empty when they keep to it.
    public func breaches(of raised: [Finding], checklist: ChecklistID, area: ChecklistArea) -> [String] {
        raised.flatMap { finding -> [String] in
            guard let spec = self.finding(finding.id) else {
                return ["the \(self.area) plugin raised \(finding.id), which its descriptor does not declare"]
            }
            var problems: [String] = []
            let name = "the \(self.area) plugin's finding \(finding.id)"
            if !spec.kinds.contains(finding.kind) {
                problems.append("\(name) was raised as \(finding.kind.rawValue); it declares \(spec.kinds.map(\.rawValue).joined(separator: ", "))")
            }
            if !spec.allTitles.contains(finding.title) {
                problems.append("\(name) has the title \"\(finding.title)\"; it declares \"\(spec.allTitles.joined(separator: "\", \""))\"")
            }
            if !spec.serves(checklist) {
                problems.append("\(name) was raised against \(checklist); it serves \(spec.checklists?.map(\.rawValue).joined(separator: ", ") ?? "")")
            }
            let tagged = area.items.filter { !Set($0.tags ?? []).isDisjoint(with: spec.tags) }.map(\.id)
            let declared = Set(spec.allItems + tagged)
            for item in Array(Set(finding.items + finding.contradicts)).sorted() where !declared.contains(item) {
                problems.append("\(name) names item \(item), which it does not declare")
            }
            return problems
        }
    }
}
