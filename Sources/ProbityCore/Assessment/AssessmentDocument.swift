/// An assessment loaded from a file, keeping the file name and parsed JSON for messages.
public struct AssessmentDocument: Sendable {
    public let file: String
    public let path: String

    /// The folder the file lies in, which the paths it names (`registers.*`) are relative to.
    public var folder: String {
        let folder = path.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
        return folder.isEmpty ? (path.hasPrefix("/") ? "/" : ".") : folder
    }
    public let assessment: Assessment
    /// The exact bytes read, for hashing (moderation records what it moderated).
    public let bytes: [UInt8]

    public static func load(path: String, displayName: String? = nil) throws(ProbityError) -> AssessmentDocument {
        let document = try JSONDocument.load(path: path, displayName: displayName)
        try document.requireSchemaVersion(Assessment.supportedSchemaVersions)
        let assessment = try document.decode(Assessment.self)
        return AssessmentDocument(file: document.file, path: path, assessment: assessment, bytes: document.bytes)
    }
}
