import ProbityCore

/// Deterministic UUIDs for OSCAL documents, so the same input always gives byte-identical
/// output. A UUID is the first 16 bytes of SHA-256 over `probity:` and a stable name (for
/// example `revisit-2012@1.0.0/control/GH-01`), with the RFC 4122 version bits set to 5 and
/// the variant bits to 10 -- the shape OSCAL's UUID pattern requires (a name-based UUID in the
/// manner of version 5, with SHA-256 in place of SHA-1).
public enum OSCALUUID {
    public static func make(_ name: String) -> String {
        var bytes = Array(SHA256.hash("probity:" + name).bytes.prefix(16))
        bytes[6] = (bytes[6] & 0x0F) | 0x50
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        let hex = bytes.map { byte -> String in
            let digits = String(byte, radix: 16)
            return digits.count == 1 ? "0" + digits : digits
        }.joined()
        let groups = [0..<8, 8..<12, 12..<16, 16..<20, 20..<32].map { range in
            String(hex.dropFirst(range.lowerBound).prefix(range.count))
        }
        return groups.joined(separator: "-")
    }
}
