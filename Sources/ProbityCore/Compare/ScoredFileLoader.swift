/// Reads a file that is either an assessment (validated and scored on the fly) or a scorecard
/// as written by `probity score --format json` (the `{generator, scorecard}` envelope, or a
/// bare scorecard object). Which one it is is decided by content, not by the file name.
public struct ScoredFileLoader: Sendable {
    public let healthCheck: HealthCheck

    public init(healthCheck: HealthCheck) { self.healthCheck = healthCheck }

    /// `path` is read; `displayName` is how the file is named in messages and reports.
    public func load(path: String, displayName: String) throws(ProbityError) -> ScoredFile {
        let document = try JSONDocument.load(path: path, displayName: displayName)
        switch try Self.kind(of: document) {
        case .assessment: return try assessment(document, path: path)
        case .scorecard: return try scorecard(document)
        }
    }

    static func kind(of document: JSONDocument) throws(ProbityError) -> ScoredFile.Kind {
        guard let object = document.value.objectValue else {
            throw .invalidValue(file: document.file, path: JSONPath(), reason: "expected an object, found \(document.value.summary)")
        }
        if object["answers"] != nil { return .assessment }
        if object["scorecard"] != nil || (object["areas"] != nil && object["overallGrade"] != nil) { return .scorecard }
        throw .invalidValue(
            file: document.file, path: JSONPath(),
            reason: "expected an assessment (with \"answers\") or a scorecard written by 'probity score --format json' (with \"scorecard\")")
    }

    func assessment(_ document: JSONDocument, path: String) throws(ProbityError) -> ScoredFile {
        try document.requireSchemaVersion(Assessment.supportedSchemaVersions)
        let assessment = try document.decode(Assessment.self)
        let registers = try healthCheck.registerEvidence(for: AssessmentDocument(
            file: document.file, path: path, assessment: assessment, bytes: document.bytes))
        let checklist = try resolve(file: document.file, path: JSONPath([.key("checklist")])) { () throws(ProbityError) in
            try healthCheck.checklist(for: assessment)
        }
        let report = AssessmentValidator(assessment: assessment, checklist: checklist, file: document.file,
                                         schemas: healthCheck.plugins.schemas).validate()
        if report.diagnostics.hasErrors { throw .validationFailed(file: document.file, diagnostics: report.diagnostics) }
        let scorecard = try healthCheck.score(assessment, checklist: checklist, dataReturns: report.dataReturns, registers: registers)
        let figures = ReturnFigure.collect(report.dataReturns, schemas: healthCheck.plugins.schemas, areas: checklist.areas.map(\.id))
        return ScoredFile(file: document.file, kind: .assessment, scorecard: scorecard, checklist: checklist, figures: figures)
    }

    func scorecard(_ document: JSONDocument) throws(ProbityError) -> ScoredFile {
        let enveloped = document.value.objectValue?["scorecard"] != nil
        let base = enveloped ? JSONPath([.key("scorecard")]) : JSONPath()
        try requireScorecardVersion(document, base: base)
        let scorecard = enveloped ? try document.decode(ScorecardEnvelope.self).scorecard : try document.decode(Scorecard.self)
        let reference = scorecard.checklist
        let checklist = try resolve(file: document.file, path: base.appending("checklist")) { () throws(ProbityError) in
            try healthCheck.catalog.checklist(id: reference.id, version: reference.version)
        }
        return ScoredFile(file: document.file, kind: .scorecard, scorecard: scorecard, checklist: checklist)
    }

    func requireScorecardVersion(_ document: JSONDocument, base: JSONPath) throws(ProbityError) {
        let path = base.appending("schemaVersion")
        guard let version = document.value.value(at: path.components) else {
            throw .invalidValue(file: document.file, path: path, reason: "missing required field; expected \(Scorecard.schemaVersion)")
        }
        if version.numberValue == 1 {
            throw .invalidValue(file: document.file, path: path, reason: """
                scorecard schema version 1 was written by an earlier probity, before answers became findings and \
                areas could go ungraded; convert it with 'probity migrate \(document.file) -o NEW.json' or re-score its assessment
                """)
        }
        guard version.numberValue == Double(Scorecard.schemaVersion) else {
            throw .invalidValue(file: document.file, path: path,
                                reason: "this version of probity reads scorecard schema version \(Scorecard.schemaVersion), found \(version.summary)")
        }
    }

    /// Runs a checklist lookup, naming the file and the place when the checklist is unknown.
    func resolve(file: String, path: JSONPath, _ lookup: () throws(ProbityError) -> Checklist) throws(ProbityError) -> Checklist {
        do {
            return try lookup()
        } catch {
            if case .unknownChecklist = error { throw .invalidValue(file: file, path: path, reason: error.message) }
            throw error
        }
    }

    struct ScorecardEnvelope: Decodable {
        var scorecard: Scorecard
    }
}
