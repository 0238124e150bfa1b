import Foundation

/// Reads a directory of forces' assessments for a national view: every `*.json` file except
/// `*.moderation.json` (hidden files and subdirectories are skipped), in name order; each one
/// validated and scored by the health check, as moderated when `NAME.moderation.json` sits
/// beside `NAME.json`. Any bad file stops the run with an error naming it; so do two files for
/// the same force code and files answering different checklists.
public struct NationalLoader: Sendable {
    public static let moderationSuffix = ".moderation.json"

    public let healthCheck: HealthCheck

    public init(healthCheck: HealthCheck) { self.healthCheck = healthCheck }

    /// The forces, the checklist they answer, and notes for the coverage section.
    public struct Loaded: Sendable {
        public var forces: [NationalForce]
        public var checklist: Checklist
        public var notes: [String]
    }

    /// `directory` is the path to read; `displayName` is how it is named in messages.
    public func load(directory: String, displayName: String? = nil) throws(ProbityError) -> Loaded {
        let name = displayName ?? directory
        let files = try assessmentFiles(in: directory, name: name)
        var forces: [NationalForce] = []
        var checklist: Checklist?
        var firstFile: [ForceCode: String] = [:]
        for file in files {
            let shown = Self.join(name, file)
            let document = try AssessmentDocument.load(path: Self.join(directory, file), displayName: shown)
            let force = try score(document, moderation: try moderation(for: file, in: directory, name: name))
            if let other = firstFile[force.code] {
                throw .invalidValue(file: shown, path: JSONPath([.key("force"), .key("code")]),
                                    reason: "force code \"\(force.code)\" is also used by \(other); each force needs its own code")
            }
            firstFile[force.code] = shown
            let answered = try healthCheck.checklist(for: document.assessment)
            if let first = checklist, first.reference != answered.reference, let firstName = forces.first?.file {
                throw .invalidValue(file: shown, path: JSONPath([.key("checklist")]),
                                    reason: "answers \(answered.reference) but \(firstName) answers \(first.reference); a national view needs every force to answer the same checklist")
            }
            checklist = checklist ?? answered
            forces.append(force)
        }
        guard let checklist else { throw .other(file: name, reason: "no assessment files (*.json) in the directory") }
        return Loaded(forces: forces, checklist: checklist, notes: try orphanModerations(in: directory, name: name, assessments: files))
    }

    func score(_ document: AssessmentDocument, moderation: ModerationLogDocument?) throws(ProbityError) -> NationalForce {
        let report = try healthCheck.validate(document)
        if report.diagnostics.hasErrors { throw .validationFailed(file: document.file, diagnostics: report.diagnostics) }
        let assessment = document.assessment
        let scorecard: Scorecard
        if let moderation {
            scorecard = try ModeratedHealthCheck(healthCheck).score(document, moderation: moderation).moderated
        } else {
            let checklist = try healthCheck.checklist(for: assessment)
            scorecard = try healthCheck.score(assessment, checklist: checklist, dataReturns: report.dataReturns,
                                              registers: try healthCheck.registerEvidence(for: document))
        }
        return NationalForce(
            code: ForceCode(assessment.force.code), name: assessment.force.name, file: document.file,
            workforce: assessment.force.workforce, period: assessment.period, scorecard: scorecard,
            figures: report.dataReturns, moderation: moderation?.file)
    }

    /// `NAME.moderation.json` beside `NAME.json`, loaded, if present.
    func moderation(for file: String, in directory: String, name: String) throws(ProbityError) -> ModerationLogDocument? {
        let logFile = String(file.dropLast(".json".count)) + Self.moderationSuffix
        let path = Self.join(directory, logFile)
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        return try ModerationLogDocument.load(path: path, displayName: Self.join(name, logFile))
    }

    func assessmentFiles(in directory: String, name: String) throws(ProbityError) -> [String] {
        try entries(in: directory, name: name)
            .filter { $0.hasSuffix(".json") && !$0.hasSuffix(Self.moderationSuffix) && !$0.hasPrefix(".") }
            .filter { !Self.isDirectory(Self.join(directory, $0)) }
            .sorted()
    }

    func entries(in directory: String, name: String) throws(ProbityError) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) else {
            throw .fileNotFound(file: name)
        }
        guard isDirectory.boolValue else {
            throw .other(file: name, reason: "not a directory; give the directory holding the forces' assessment files")
        }
        do {
            return try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            throw .unreadable(file: name, reason: "cannot list the directory")
        }
    }

    /// Moderation logs with no assessment beside them: listed, since they were not applied.
    func orphanModerations(in directory: String, name: String, assessments: [String]) throws(ProbityError) -> [String] {
        try entries(in: directory, name: name)
            .filter { $0.hasSuffix(Self.moderationSuffix) && !$0.hasPrefix(".") }
            .filter { !assessments.contains(String($0.dropLast(Self.moderationSuffix.count)) + ".json") }
            .sorted()
            .map { "\(Self.join(name, $0)): no \(String($0.dropLast(Self.moderationSuffix.count))).json beside it, so not applied" }
    }

    static func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    static func join(_ directory: String, _ file: String) -> String {
        directory.hasSuffix("/") ? directory + file : directory + "/" + file
    }
}
