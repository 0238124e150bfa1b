import Foundation

/// A moderation log read from a file: the decoded log, and each entry exactly as the file
/// holds it (for recomputing its hash).
public struct ModerationLogDocument: Sendable {
    public let file: String
    /// The bytes read (empty for a log built in memory), to notice a concurrent change.
    public let bytes: [UInt8]
    public let log: ModerationLog
    /// `entries[i]` as parsed, parallel to `log.entries`.
    public let entryValues: [JSONValue]
    /// Numbers the file writes as `1.0` or `1e0`: canonical form writes them `1`, an auditor
    /// reading the written form does not, so `verify` refuses them.
    public let numbersNotWrittenAsIntegers: [JSONParser.WrittenNumber]
    /// `assessment.sha256` as the file writes it (nil for a log built in memory).
    public let writtenAssessmentSha256: String?

    public init(file: String, bytes: [UInt8] = [], log: ModerationLog, entryValues: [JSONValue],
                numbersNotWrittenAsIntegers: [JSONParser.WrittenNumber] = [], writtenAssessmentSha256: String? = nil) {
        self.writtenAssessmentSha256 = writtenAssessmentSha256
        self.file = file
        self.bytes = bytes
        self.log = log
        self.entryValues = entryValues
        self.numbersNotWrittenAsIntegers = numbersNotWrittenAsIntegers
    }

    /// Reads a moderation file: UTF-8, well-formed JSON, a known `schemaVersion`, then the
    /// typed log, each failure naming the file and the place.
    public static func load(path: String, displayName: String? = nil) throws(ProbityError) -> ModerationLogDocument {
        let document = try JSONDocument.load(path: path, displayName: displayName)
        try document.requireSchemaVersion(ModerationLog.supportedSchemaVersions)
        let log = try document.decode(ModerationLog.self)
        let values = document.value.value(at: [.key("entries")])?.arrayValue ?? []
        return ModerationLogDocument(file: document.file, bytes: document.bytes, log: log, entryValues: values,
                                     numbersNotWrittenAsIntegers: document.numbersNotWrittenAsIntegers,
                                     writtenAssessmentSha256: document.value.value(at: [.key("assessment"), .key("sha256")])?.stringValue)
    }

    /// A log as a new file would hold it, with `entryValues` taken from its encoding.
    public static func inMemory(_ log: ModerationLog, file: String) throws(ProbityError) -> ModerationLogDocument {
        let value = try ModerationHash.jsonValue(log)
        return ModerationLogDocument(file: file, log: log, entryValues: value.value(at: [.key("entries")])?.arrayValue ?? [])
    }

    /// The file's text: pretty-printed JSON with sorted keys and a final newline.
    public static func encode(_ log: ModerationLog) throws(ProbityError) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            return String(decoding: try encoder.encode(log), as: UTF8.self) + "\n"
        } catch {
            throw .other(file: "(moderation log)", reason: "cannot encode the log: \(error)")
        }
    }
}
