/// What a renderer produces: text (written as UTF-8) or bytes (a binary format such as a
/// spreadsheet). Output plumbing carries both as bytes.
public enum RenderedOutput: Sendable, Hashable {
    case text(String)
    case bytes([UInt8])

    /// The bytes written to a file or a stream.
    public var bytes: [UInt8] {
        switch self {
        case .text(let text): return Array(text.utf8)
        case .bytes(let bytes): return bytes
        }
    }

    /// The text, or nil for a binary output.
    public var text: String? {
        if case .text(let text) = self { return text }
        return nil
    }
}
