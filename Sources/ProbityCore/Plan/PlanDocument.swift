import Foundation

/// An improvement plan read from a file: schema version first, then the typed plan, then the
/// checks decoding cannot make (duplicate or empty action ids, empty action text).
public struct PlanDocument: Sendable {
    public let file: String
    public let plan: ImprovementPlan

    public static func load(path: String, displayName: String? = nil) throws(ProbityError) -> PlanDocument {
        let document = try JSONDocument.load(path: path, displayName: displayName)
        try refuseOtherFiles(document)
        try document.requireSchemaVersion(ImprovementPlan.supportedSchemaVersions)
        let plan = try document.decode(ImprovementPlan.self)
        let problems = validate(plan, file: document.file)
        if problems.hasErrors { throw .validationFailed(file: document.file, diagnostics: problems) }
        return PlanDocument(file: document.file, plan: plan)
    }

    /// An assessment or scorecard given where a plan is expected gets a message saying so.
    static func refuseOtherFiles(_ document: JSONDocument) throws(ProbityError) {
        guard let object = document.value.objectValue, object["actions"] == nil else { return }
        let what = object["answers"] != nil ? "an assessment" : (object["scorecard"] != nil ? "a scorecard" : nil)
        guard let what else { return }
        throw .invalidValue(file: document.file, path: JSONPath(),
                            reason: "this is \(what), not an improvement plan; derive a plan with 'probity plan FILE -o plan.json'")
    }

    public static func validate(_ plan: ImprovementPlan, file: String) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        var seen: [String: Int] = [:]
        for (index, action) in plan.actions.enumerated() {
            let path = JSONPath([.key("actions"), .index(index)])
            let id = action.id.trimmingCharacters(in: .whitespaces)
            if id.isEmpty { problems.append(Diagnostic(.error, file: file, path: path.appending("id"), "the action id is empty")) }
            if let first = seen[id] {
                problems.append(Diagnostic(.error, file: file, path: path.appending("id"),
                                           "duplicate action id \"\(id)\" (also actions[\(first)])"))
            }
            seen[id] = seen[id] ?? index
            if action.action.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                problems.append(Diagnostic(.error, file: file, path: path.appending("action"), "the action text is empty"))
            }
        }
        return problems
    }
}
