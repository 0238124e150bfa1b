import Foundation
import Testing

import ProbityCore

/// Tests for `SHA256` and `SHA256Digest`.
///
/// Vector sources:
/// - "NIST": the SHA-256 examples of FIPS 180-2 Appendix B (B.1 "abc", B.2 the 448-bit message,
///   B.3 one million 'a') and the NIST CSRC "Examples with Intermediate Values" for FIPS 180-4
///   (SHA256.pdf, also the 896-bit message), which match the NESSIE / RFC 6234 test suite.
/// - "python": computed for this file with Python 3's `hashlib.sha256(...).hexdigest()`
///   (an independent OpenSSL-backed implementation), e.g.
///   `python3 -c 'import hashlib; print(hashlib.sha256(b"a"*55).hexdigest())'`;
///   "abc" and the empty string were also cross-checked with coreutils `sha256sum`.
@Suite struct SHA256Tests {

    // MARK: - Published and computed vectors

    struct Vector: CustomTestStringConvertible, Sendable {
        let name: String
        let message: [UInt8]
        let expected: String
        var testDescription: String { name }
    }

    static let nistVectors: [Vector] = [
        // Empty message: NIST CSRC example / RFC 6234; also `printf '' | sha256sum`.
        Vector(
            name: "empty",
            message: [],
            expected: "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
        ),
        // FIPS 180-2 Appendix B.1 (one block); also `printf abc | sha256sum`.
        Vector(
            name: "abc",
            message: Array("abc".utf8),
            expected: "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        ),
        // FIPS 180-2 Appendix B.2 (448 bits = 56 bytes: padding spills into a second block).
        Vector(
            name: "448-bit",
            message: Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8),
            expected: "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
        ),
        // NIST CSRC FIPS 180-4 examples / RFC 6234 TEST4-style 896-bit (112-byte) message.
        Vector(
            name: "896-bit",
            message: Array(
                ("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopq"
                    + "klmnopqrlmnopqrsmnopqrstnopqrstu").utf8
            ),
            expected: "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"
        ),
        // Widely published (e.g. Wikipedia "SHA-2" examples); re-checked with python hashlib.
        Vector(
            name: "quick brown fox",
            message: Array("The quick brown fox jumps over the lazy dog".utf8),
            expected: "d7a8fbb307d7809469ca9abcb0082e4f8d5651e46d3cdb762d02d0bf37c9e592"
        ),
    ]

    /// "a" repeated n times, around the 55/56 (length field fits / does not fit) and 64 (block)
    /// boundaries, and the same again one block later. Source: python hashlib.
    static let repeatedAVectors: [(length: Int, expected: String)] = [
        (1, "ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb"),
        (55, "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318"),
        (56, "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a"),
        (57, "f13b2d724659eb3bf47f2dd6af1accc87b81f09f59f2b75e5c0bed6589dfe8c6"),
        (63, "7d3e74a05d7db15bce4ad9ec0658ea98e3f06eeecf16b4c6fff2da457ddc2f34"),
        (64, "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb"),
        (65, "635361c48bb9eab14198e76ea8ab7f1a41685d6ad62aa9146d301d4f17eb0ae0"),
        (119, "31eba51c313a5c08226adf18d4a359cfdfd8d2e816b13f4af952f7ea6584dcfb"),
        (120, "2f3d335432c70b580af0e8e1b3674a7c020d683aa5f73aaaedfdc55af904c21c"),
        (127, "c57e9278af78fa3cab38667bef4ce29d783787a2f731d4e12200270f0c32320a"),
        (128, "6836cf13bac400e9105071cd6af47084dfacad4e5e302c94bfed24e013afb73e"),
        (129, "c12cb024a2e5551cca0e08fce8f1c5e314555cc3fef6329ee994a3db752166ae"),
    ]

    /// Bytes 0, 1, 2, ..., 255, 0, 1, ... (every byte value, not just ASCII), length n.
    /// Source: python `hashlib.sha256(bytes(i % 256 for i in range(n))).hexdigest()`.
    static let bytePatternVectors: [(length: Int, expected: String)] = [
        (55, "463eb28e72f82e0a96c0a4cc53690c571281131f672aa229e0d45ae59b598b59"),
        (56, "da2ae4d6b36748f2a318f23e7ab1dfdf45acdc9d049bd80e59de82a60895f562"),
        (63, "29af2686fd53374a36b0846694cc342177e428d1647515f078784d69cdb9e488"),
        (64, "fdeab9acf3710362bd2658cdc9a29e8f9c757fcf9811603a8c447cd1d9151108"),
        (65, "4bfd2c8b6f1eec7a2afeb48b934ee4b2694182027e6d0fc075074f2fabb31781"),
        (1000, "a8af099bf2e878609558dbf69d8f88f4a31040a8cf84b549a0cfa912f12ffc3f"),
    ]

    static func bytePattern(_ length: Int) -> [UInt8] {
        (0 ..< length).map { UInt8(truncatingIfNeeded: $0) }
    }

    @Test("NIST / published vectors", arguments: nistVectors)
    func publishedVector(_ vector: Vector) {
        #expect(SHA256.hash(vector.message).hex == vector.expected)
        // Same bytes through the incremental API, one byte at a time.
        var hasher = SHA256()
        for byte in vector.message { hasher.update([byte]) }
        #expect(hasher.finalize().hex == vector.expected)
    }

    @Test("String one-shot hashes the UTF-8 encoding")
    func stringOneShot() {
        #expect(SHA256.hash("abc").hex == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hash("").hex == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        // Multi-byte UTF-8 (2-, 3- and 4-byte scalars). Source: python
        // hashlib.sha256("Grüße, 世界 🌏".encode()).hexdigest().
        let text = "Grüße, 世界 🌏"
        let expected = "be875c3294043951c6e2a808e25424eee2fe3479dcd6549c14da20fee32947f3"
        #expect(SHA256.hash(text).hex == expected)
        #expect(SHA256.hash(Array(text.utf8)).hex == expected)
        // A bridged/non-native-looking string built from a substring still hashes its UTF-8.
        let sub = "xx" + text + "yy"
        #expect(SHA256.hash(String(sub.dropFirst(2).dropLast(2))).hex == expected)
    }

    @Test("FIPS 180-2 B.3: one million 'a'")
    func oneMillionA() {
        let expected = "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"
        let message = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
        #expect(SHA256.hash(message).hex == expected)

        // 1000 chunks of 1000 bytes (1000 is not a multiple of 64, so chunks straddle blocks).
        var chunked = SHA256()
        let chunk = [UInt8](repeating: UInt8(ascii: "a"), count: 1000)
        for _ in 0 ..< 1000 { chunked.update(chunk) }
        #expect(chunked.finalize().hex == expected)

        // A non-contiguous sequence exercises the byte-iterator path.
        var iterated = SHA256()
        iterated.update((0 ..< 1_000_000).lazy.map { _ in UInt8(ascii: "a") })
        #expect(iterated.finalize().hex == expected)
    }

    @Test("'a' × n around block boundaries", arguments: repeatedAVectors.map { $0.length })
    func repeatedA(_ length: Int) throws {
        let expected = try #require(Self.repeatedAVectors.first { $0.length == length }).expected
        let message = [UInt8](repeating: UInt8(ascii: "a"), count: length)
        #expect(SHA256.hash(message).hex == expected)
        #expect(SHA256.hash(String(repeating: "a", count: length)).hex == expected)
    }

    @Test("all byte values, lengths around block boundaries", arguments: bytePatternVectors.map { $0.length })
    func bytePatternLengths(_ length: Int) throws {
        let expected = try #require(Self.bytePatternVectors.first { $0.length == length }).expected
        let message = Self.bytePattern(length)
        #expect(SHA256.hash(message).hex == expected)
        for split in 0 ... length {
            var hasher = SHA256()
            hasher.update(message[..<split])
            hasher.update(message[split...])
            #expect(hasher.finalize().hex == expected, "split at \(split)")
        }
    }

    // MARK: - Incremental API

    @Test("incremental == one-shot for random split points", arguments: [UInt64(1), 2, 3, 42, 0xDEAD_BEEF])
    func randomSplits(seed: UInt64) {
        var rng = SplitMix64(seed: seed)
        for _ in 0 ..< 40 {
            let length = Int(rng.next() % 700)
            let message = (0 ..< length).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
            let expected = SHA256.hash(message)

            // Cut into random pieces (including empty ones), fed through a random API each time.
            var hasher = SHA256()
            var position = 0
            while position < length {
                let piece = Int(rng.next() % 150)
                let end = min(length, position + piece)
                let slice = message[position ..< end]
                switch rng.next() % 4 {
                case 0: hasher.update(Array(slice))
                case 1: hasher.update(slice)  // generic Sequence, contiguous fast path
                case 2: Array(slice).withUnsafeBytes { hasher.update($0) }
                default: hasher.update(slice.lazy.map { $0 })  // generic, non-contiguous
                }
                position = end
            }
            #expect(hasher.finalize() == expected, "seed \(seed), length \(length)")
        }
    }

    @Test("every update overload accepts the same bytes")
    func updateOverloads() {
        let message = Self.bytePattern(300)
        let expected = SHA256.hash(message)

        var fromData = SHA256()
        fromData.update(Data(message))
        #expect(fromData.finalize() == expected)

        var fromBuffer = SHA256()
        message.withUnsafeBytes { fromBuffer.update($0) }
        #expect(fromBuffer.finalize() == expected)
        #expect(message.withUnsafeBytes { SHA256.hash($0) } == expected)

        var fromContiguous = SHA256()
        fromContiguous.update(ContiguousArray(message))
        #expect(fromContiguous.finalize() == expected)

        var fromIterator = SHA256()
        fromIterator.update(AnySequence(message))
        #expect(fromIterator.finalize() == expected)

        var empty = SHA256()
        empty.update([UInt8]())
        empty.update(UnsafeRawBufferPointer(start: nil, count: 0))
        empty.update(EmptyCollection<UInt8>())
        #expect(empty.finalize() == SHA256.hash([UInt8]()))
    }

    @Test("finalize does not consume the hasher")
    func finalizeIsNonMutating() {
        var hasher = SHA256()
        hasher.update(Array("ab".utf8))
        let first = hasher.finalize()
        #expect(hasher.finalize() == first)
        #expect(first == SHA256.hash("ab"))
        hasher.update(Array("c".utf8))
        #expect(hasher.finalize().hex == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    // MARK: - SHA256Digest

    @Test("hex round-trip, case-insensitive parsing, bytes")
    func hexRoundTrip() throws {
        let digest = SHA256.hash("abc")
        let hex = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        #expect(digest.hex == hex)
        #expect(digest.description == hex)
        #expect("\(digest)" == hex)
        #expect(SHA256Digest(hex: hex) == digest)
        #expect(SHA256Digest(hex: hex.uppercased()) == digest)
        #expect(SHA256Digest(hex: "BA7816bf8F01CFEA414140de5dae2223b00361a396177a9cb410ff61f20015AD") == digest)

        let bytes = digest.bytes
        #expect(bytes.count == 32)
        #expect(bytes.prefix(4) == [0xBA, 0x78, 0x16, 0xBF])
        #expect(bytes.suffix(2) == [0x15, 0xAD])
        #expect(SHA256Digest(bytes: bytes) == digest)
        #expect(SHA256Digest(bytes: bytes.dropLast()) == nil)
        #expect(SHA256Digest(bytes: bytes + [0]) == nil)

        var rng = SplitMix64(seed: 7)
        for _ in 0 ..< 100 {
            let randomBytes = (0 ..< 32).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
            let random = try #require(SHA256Digest(bytes: randomBytes))
            #expect(random.bytes == randomBytes)
            #expect(SHA256Digest(hex: random.hex) == random)
            #expect(random.hex == randomBytes.map { String(format: "%02x", $0) }.joined())
        }
    }

    static let badHex: [String] = [
        "",
        "abc",
        String(repeating: "0", count: 63),
        String(repeating: "0", count: 65),
        String(repeating: "0", count: 63) + "g",
        "0x" + String(repeating: "0", count: 62),
        " " + String(repeating: "0", count: 63),
        String(repeating: "0", count: 64) + "\n",
        String(repeating: "0", count: 62) + "é",  // 64 UTF-8 bytes, not hex
        String(repeating: "0", count: 61) + "１",  // fullwidth digit (3 UTF-8 bytes): Unicode "hex digit", not ASCII
        String(repeating: "-", count: 64),
    ]

    @Test("malformed hex is rejected", arguments: badHex)
    func badHexRejected(_ text: String) {
        #expect(SHA256Digest(hex: text) == nil)
    }

    @Test("Codable as a JSON hex string")
    func codableRoundTrip() throws {
        struct Entry: Codable, Equatable {
            var previous: SHA256Digest
            var hashes: [SHA256Digest]
        }
        let digest = SHA256.hash("abc")
        let json = try JSONEncoder().encode(digest)
        #expect(String(decoding: json, as: UTF8.self) == "\"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad\"")
        #expect(try JSONDecoder().decode(SHA256Digest.self, from: json) == digest)

        let entry = Entry(previous: SHA256.hash(""), hashes: [digest, SHA256.hash("def")])
        let decoded = try JSONDecoder().decode(Entry.self, from: JSONEncoder().encode(entry))
        #expect(decoded == entry)

        // Uppercase input decodes; re-encoding normalizes to lowercase.
        let upper = Data("\"BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD\"".utf8)
        let fromUpper = try JSONDecoder().decode(SHA256Digest.self, from: upper)
        #expect(fromUpper == digest)
        #expect(try JSONEncoder().encode(fromUpper) == json)
    }

    @Test("decoding a malformed digest throws dataCorrupted with a clear message")
    func codableRejectsBadHex() throws {
        let json = Data(#"{"previous": "abc123", "hashes": []}"#.utf8)
        struct Entry: Decodable { var previous: SHA256Digest }
        let error = try #require(throws: DecodingError.self) {
            try JSONDecoder().decode(Entry.self, from: json)
        }
        guard case let .dataCorrupted(context) = error else {
            Issue.record("expected .dataCorrupted, got \(error)")
            return
        }
        #expect(context.debugDescription.hasPrefix("expected 64 hexadecimal characters, found \"abc123\""))
        #expect(context.debugDescription.contains("6 characters"))
        #expect(context.codingPath.map(\.stringValue) == ["previous"])

        let nonHex = Data(("\"" + String(repeating: "0", count: 10) + "z" + String(repeating: "0", count: 53) + "\"").utf8)
        let nonHexError = try #require(throws: DecodingError.self) {
            try JSONDecoder().decode(SHA256Digest.self, from: nonHex)
        }
        guard case let .dataCorrupted(nonHexContext) = nonHexError else {
            Issue.record("expected .dataCorrupted, got \(nonHexError)")
            return
        }
        #expect(nonHexContext.debugDescription.contains("non-hexadecimal \"z\" at offset 10"))

        // A non-string is a type mismatch, not a silent success.
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(SHA256Digest.self, from: Data("42".utf8))
        }
    }

    @Test("Hashable: equal digests collapse in a Set")
    func hashable() {
        let digests: Set<SHA256Digest> = [SHA256.hash("a"), SHA256.hash("b"), SHA256.hash([UInt8(ascii: "a")])]
        #expect(digests.count == 2)
        #expect(SHA256.hash("a") != SHA256.hash("b"))
    }
}

/// SplitMix64 (Steele, Lea & Flood 2014; constants as in Vigna's reference C code): a tiny,
/// deterministic generator so random-split tests are reproducible.
private struct SplitMix64 {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
