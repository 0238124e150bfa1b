extension NationalRules {
    /// Reads a rules file: `schemaVersion` first, then the rules, then every figure it names
    /// checked against the plugins' data-return schemas.
    public static func load(path: String, displayName: String? = nil,
                            schemas: [AreaID: DataReturnSchema]) throws(ProbityError) -> NationalRules {
        let document = try JSONDocument.load(path: path, displayName: displayName)
        try document.requireSchemaVersion(supportedSchemaVersions)
        let rules = try document.decode(NationalRules.self)
        let problems = rules.diagnostics(schemas: schemas, file: document.file)
        if problems.hasErrors { throw .validationFailed(file: document.file, diagnostics: problems) }
        return rules
    }
}
