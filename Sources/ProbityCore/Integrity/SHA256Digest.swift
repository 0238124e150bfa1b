/// A 32-byte SHA-256 digest.
///
/// Stored inline as four big-endian 64-bit words (no heap allocation), so equality and hashing
/// are cheap. Its textual form — `description`, `hex` and its `Codable` representation — is 64
/// lowercase hexadecimal characters; parsing accepts either case.
public struct SHA256Digest: Sendable, Hashable, Codable, CustomStringConvertible {
    /// Digest bytes 0-7, 8-15, 16-23 and 24-31, each read big-endian.
    private let w0, w1, w2, w3: UInt64

    init(words w0: UInt64, _ w1: UInt64, _ w2: UInt64, _ w3: UInt64) {
        self.w0 = w0
        self.w1 = w1
        self.w2 = w2
        self.w3 = w3
    }

    /// Creates a digest from exactly 32 bytes; returns `nil` for any other count.
    public init?(bytes: some Sequence<UInt8>) {
        var words: [UInt64] = [0, 0, 0, 0]
        var count = 0
        for byte in bytes {
            guard count < SHA256.digestByteCount else { return nil }
            words[count / 8] = (words[count / 8] << 8) | UInt64(byte)
            count += 1
        }
        guard count == SHA256.digestByteCount else { return nil }
        self.init(words: words[0], words[1], words[2], words[3])
    }

    /// Parses 64 hexadecimal characters (upper- or lowercase, nothing else — no prefix, no
    /// whitespace). Returns `nil` for anything else.
    public init?(hex: String) {
        let utf8 = hex.utf8
        guard utf8.count == 2 * SHA256.digestByteCount else { return nil }
        var words: [UInt64] = [0, 0, 0, 0]
        var index = 0
        for character in utf8 {
            guard let nibble = Self.nibble(character) else { return nil }
            words[index / 16] = (words[index / 16] << 4) | UInt64(nibble)
            index += 1
        }
        self.init(words: words[0], words[1], words[2], words[3])
    }

    /// The 32 digest bytes, in order.
    public var bytes: [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(SHA256.digestByteCount)
        for word in [w0, w1, w2, w3] {
            for shift in stride(from: 56, through: 0, by: -8) {
                result.append(UInt8(truncatingIfNeeded: word >> UInt64(shift)))
            }
        }
        return result
    }

    /// The digest as 64 lowercase hexadecimal characters.
    public var hex: String {
        let digits = Array("0123456789abcdef".utf8)
        var characters: [UInt8] = []
        characters.reserveCapacity(2 * SHA256.digestByteCount)
        for word in [w0, w1, w2, w3] {
            for shift in stride(from: 60, through: 0, by: -4) {
                characters.append(digits[Int((word >> UInt64(shift)) & 0xF)])
            }
        }
        return String(decoding: characters, as: UTF8.self)
    }

    public var description: String { hex }

    // MARK: Codable (as the hex string)

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let digest = SHA256Digest(hex: text) else {
            throw DecodingError.dataCorruptedError(
                in: container,
                debugDescription: "expected 64 hexadecimal characters, found \(Self.summarize(text))"
            )
        }
        self = digest
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(hex)
    }

    // MARK: Helpers

    private static func nibble(_ character: UInt8) -> UInt8? {
        switch character {
        case UInt8(ascii: "0") ... UInt8(ascii: "9"): character - UInt8(ascii: "0")
        case UInt8(ascii: "a") ... UInt8(ascii: "f"): character - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A") ... UInt8(ascii: "F"): character - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    /// Describes a rejected string for an error message: its text (truncated if long), its
    /// length, and the first offending character if there is one.
    private static func summarize(_ text: String) -> String {
        let limit = 80
        let count = text.count
        let shown = count > limit ? String(text.prefix(limit)) + "…" : text
        var summary = "\(String(reflecting: shown)) (\(count) character\(count == 1 ? "" : "s")"
        if let bad = text.firstIndex(where: { !($0.isASCII && $0.isHexDigit) }) {
            let offset = text.distance(from: text.startIndex, to: bad)
            summary += ", non-hexadecimal \(String(reflecting: text[bad])) at offset \(offset)"
        }
        return summary + ")"
    }
}
