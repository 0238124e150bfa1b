/// Produces the register evidence for an assessment that names register files. The core
/// defines the need; `ProbityBundle.RegisterCrosscheck` fulfils it with the cross-checks.
public protocol RegisterEvidenceProvider: Sendable {
    /// `baseDirectory` is the assessment file's folder; register paths are relative to it.
    func evidence(for assessment: Assessment, file: String, baseDirectory: String) throws(ProbityError) -> RegisterEvidence?
}
