import Foundation

/// How moderation entries are sealed and checked: an entry's `hash` is the SHA-256 of the
/// canonical JSON (`CanonicalJSON`) of the entry as it stands in the file, without its `hash`
/// member. Hashing the parsed file content (not a re-encoding of the decoded struct) means every
/// member counts, including any a later version adds, and layout or key order do not.
public enum ModerationHash {
    /// 64 zeros: the `previous` of the first entry.
    public static let genesis = SHA256Digest(words: 0, 0, 0, 0)

    /// The hash an entry, as parsed from a file, should carry.
    public static func digest(ofEntry value: JSONValue) -> SHA256Digest {
        guard case .object(var members) = value else { return SHA256.hash(CanonicalJSON.bytes(value)) }
        members["hash"] = nil
        return SHA256.hash(CanonicalJSON.bytes(.object(members)))
    }

    /// The entry with its `hash` set from its content.
    public static func seal(_ entry: ModerationEntry) throws(ProbityError) -> ModerationEntry {
        var sealed = entry
        sealed.hash = digest(ofEntry: try jsonValue(entry))
        return sealed
    }

    /// A value as the JSON a file would hold, parsed back (what `digest(ofEntry:)` reads).
    static func jsonValue<T: Encodable>(_ value: T) throws(ProbityError) -> JSONValue {
        do {
            let data = try JSONEncoder().encode(value)
            return try JSONParser.parse([UInt8](data))
        } catch {
            throw .other(file: "(moderation entry)", reason: "cannot encode the entry: \(error)")
        }
    }
}
