/// Turns an organisation name as typed into its key, the bench's matching rule:
/// strip accents (NFKD, drop combining marks, and ł→l, ø→o, æ→ae, ß→ss … which NFKD keeps),
/// lower-case, `&` → ` and `, delete `.` `'` `’`, every other run of non-letters/digits → one
/// space, trim, drop a leading `the`, then drop a trailing legal suffix (optionally preceded
/// by `and`), twice.  "The Northern Fleet Services Ltd." → `northern fleet services`.
public struct NameNormaliser: Sendable {
    /// Words dropped from the end of a name (`ltd`, `limited`, `plc`, …), as normalised words.
    public let legalSuffixes: [String]
    private let suffixBytes: [[UInt8]]

    public init(legalSuffixes: [String]) {
        self.legalSuffixes = legalSuffixes
        suffixBytes = legalSuffixes.map { Array($0.utf8) }
    }

    /// The key of `name` (words separated by single spaces).
    public func key(_ name: String) -> String {
        var name = name
        var folded: [UInt8] = [], key: [UInt8] = []
        name.withUTF8 { normalise($0, folded: &folded, key: &key) }
        return String(decoding: key, as: UTF8.self)
    }

    /// The words of `name`'s key.
    public func words(_ name: String) -> [String] {
        key(name).split(separator: " ").map(String.init)
    }

    /// Writes the key of the UTF-8 `bytes` into `key`, using `folded` as scratch.
    func normalise(_ bytes: UnsafeBufferPointer<UInt8>, folded: inout [UInt8], key: inout [UInt8]) {
        folded.removeAll(keepingCapacity: true)
        key.removeAll(keepingCapacity: true)
        Self.fold(bytes, into: &folded)
        var words: [Range<Int>] = []
        var start = 0
        for i in 0...folded.count where i == folded.count || folded[i] == 0x20 {
            if i > start { words.append(start..<i) }
            start = i + 1
        }
        var lo = 0, hi = words.count
        if hi - lo >= 2, Self.equals(folded, words[lo], Self.the) { lo += 1 }
        for _ in 0..<2 where hi - lo >= 2 && isSuffix(folded, words[hi - 1]) {
            hi -= 1
            if hi - lo >= 2, Self.equals(folded, words[hi - 1], Self.and) { hi -= 1 }
        }
        for w in lo..<max(lo, hi) {
            if w > lo { key.append(0x20) }
            key.append(contentsOf: folded[words[w]])
        }
    }

    static let the: [UInt8] = Array("the".utf8)
    static let and: [UInt8] = Array("and".utf8)

    private func isSuffix(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        suffixBytes.contains { Self.equals(bytes, range, $0) }
    }

    private static func equals(_ bytes: [UInt8], _ range: Range<Int>, _ word: [UInt8]) -> Bool {
        range.count == word.count && bytes[range].elementsEqual(word)
    }

    /// Folds UTF-8 into lower-case words separated by single spaces, without leading or
    /// trailing space.
    static func fold(_ bytes: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
        var pendingSpace = false
        func emit(_ piece: [UInt8]) {
            for byte in piece {
                if byte == 0x20 {
                    pendingSpace = !out.isEmpty
                } else {
                    if pendingSpace { out.append(0x20); pendingSpace = false }
                    out.append(byte)
                }
            }
        }
        var i = 0
        while i < bytes.count {
            let byte = bytes[i]
            if byte < 0x80 {
                switch byte {
                case 0x61...0x7A, 0x30...0x39:
                    if pendingSpace { out.append(0x20); pendingSpace = false }
                    out.append(byte)
                case 0x41...0x5A:
                    if pendingSpace { out.append(0x20); pendingSpace = false }
                    out.append(byte | 0x20)
                case 0x2E, 0x27: break  // . and ' are deleted
                case 0x26: emit(ampersand)
                default: pendingSpace = !out.isEmpty
                }
                i += 1
                continue
            }
            let (scalar, length) = decode(bytes, at: i)
            emit(LatinFolding.fold(scalar))
            i += length
        }
    }

    static let ampersand: [UInt8] = Array(" and ".utf8)

    /// How one ASCII byte folds (used by `LatinFolding` for decomposed characters).
    static func foldASCII(_ byte: UInt8) -> [UInt8] {
        switch byte {
        case 0x61...0x7A, 0x30...0x39: return [byte]
        case 0x41...0x5A: return [byte | 0x20]
        case 0x2E, 0x27: return []
        case 0x26: return ampersand
        default: return [0x20]
        }
    }

    /// Decodes the UTF-8 sequence at `i` (malformed input decodes as U+FFFD, one byte).
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (UInt32, Int) {
        let b0 = UInt32(bytes[i])
        func cont(_ k: Int) -> UInt32? {
            guard i + k < bytes.count, bytes[i + k] & 0xC0 == 0x80 else { return nil }
            return UInt32(bytes[i + k] & 0x3F)
        }
        if b0 >= 0xC2, b0 <= 0xDF, let c1 = cont(1) { return ((b0 & 0x1F) << 6 | c1, 2) }
        if b0 >= 0xE0, b0 <= 0xEF, let c1 = cont(1), let c2 = cont(2) { return ((b0 & 0x0F) << 12 | c1 << 6 | c2, 3) }
        if b0 >= 0xF0, b0 <= 0xF4, let c1 = cont(1), let c2 = cont(2), let c3 = cont(3) {
            return ((b0 & 0x07) << 18 | c1 << 12 | c2 << 6 | c3, 4)
        }
        return (0xFFFD, 1)
    }
}
