extension NationalRules {
    /// Where the standard rules are kept: the flows HMIC's 2012 national report counts over
    /// September 2011 to May 2012 (investigations, register entries, second-job applications
    /// and approvals), the shares it quotes, and the outlier test on the headline totals
    /// (k = 3.5). The file is embedded in the binary by `scripts/embed-checklists`.
    public static let standardFile = EmbeddedNationalRules.file

    /// The embedded text of `standardFile`.
    public static var standardJSON: String { EmbeddedNationalRules.json }

    /// The rules `probity national` uses unless given a rules file, decoded from the embedded
    /// copy of `standardFile` (schema version read first, as for any rules file). The figures
    /// are checked against the plugins' schemas by the caller, which knows them.
    public static func standard() throws(ProbityError) -> NationalRules { try standardResult.get() }

    /// Decoded once per process: the embedded data cannot change while it runs.
    private static let standardResult: Result<NationalRules, ProbityError> = {
        Result { () throws(ProbityError) -> NationalRules in
            let document = try JSONDocument.parse(bytes: Array(EmbeddedNationalRules.json.utf8), file: standardFile)
            try document.requireSchemaVersion(supportedSchemaVersions)
            return try document.decode(NationalRules.self)
        }
    }()
}
