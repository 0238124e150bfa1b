/// Every distinct typed name's key, and each key's words as word ids.
///
/// Names are normalised once per distinct name, in parallel; keys and words are interned
/// so the matcher works on small integers.
struct NameKeyTable: Sendable {
    /// Key id of each name.
    var nameKey: [Int32]
    var keys: ByteInterner
    var words: ByteInterner
    /// Words of key `k` are `keyWords[keyStart[k]..<keyStart[k + 1]]` (abbreviations expanded).
    var keyWords: [Int32]
    var keyStart: [Int]
    /// Ids of "and" and "the" (-1 when no name uses them).
    var andWord: Int32 = -1
    var theWord: Int32 = -1
    /// Ids of the legal suffixes that some name uses as a word.
    var suffixWords: [Int32] = []

    init(names: ByteInterner, normaliser: NameNormaliser, abbreviations: [String: String]) {
        let count = names.count
        let chunkCount = max(1, min(64, count / 4096))
        let locals: [(ByteInterner, [Int32])] = parallelMap(chunkCount) { c in
            let range = (count * c / chunkCount)..<(count * (c + 1) / chunkCount)
            var keys = ByteInterner(capacity: range.count)
            var local: [Int32] = []
            local.reserveCapacity(range.count)
            var folded: [UInt8] = [], key: [UInt8] = []
            names.storage.withUnsafeBufferPointer { store in
                for i in range {
                    normaliser.normalise(UnsafeBufferPointer(rebasing: store[names.range(i)]), folded: &folded, key: &key)
                    local.append(key.withUnsafeBufferPointer { keys.intern($0) })
                }
            }
            return (keys, local)
        }
        var keys = ByteInterner(capacity: count)
        var nameKey: [Int32] = []
        nameKey.reserveCapacity(count)
        for (localKeys, local) in locals {
            var remap = [Int32](repeating: 0, count: localKeys.count)
            localKeys.storage.withUnsafeBufferPointer { store in
                for k in 0..<localKeys.count {
                    remap[k] = keys.intern(UnsafeBufferPointer(rebasing: store[localKeys.range(k)]), hash: localKeys.hashes[k])
                }
            }
            for k in local { nameKey.append(remap[Int(k)]) }
        }
        self.nameKey = nameKey
        self.keys = keys
        (words, keyWords, keyStart) = Self.split(keys, abbreviations: abbreviations,
                                                 reserved: normaliser.legalSuffixes + ["and", "the"])
        andWord = id(of: "and") ?? -1
        theWord = id(of: "the") ?? -1
        suffixWords = normaliser.legalSuffixes.compactMap { id(of: $0) }
    }

    func id(of word: String) -> Int32? {
        Array(word.utf8).withUnsafeBufferPointer { words.find($0, hash: ByteInterner.hash($0)) }
    }

    /// Splits every key into word ids, replacing abbreviations by their expansion.
    private static func split(_ keys: ByteInterner, abbreviations: [String: String],
                              reserved: [String]) -> (ByteInterner, [Int32], [Int]) {
        var words = ByteInterner(capacity: 1 << 12)
        for word in reserved { _ = Array(word.utf8).withUnsafeBufferPointer { words.intern($0) } }
        var expansion: [Int32: Int32] = [:]
        for (short, long) in abbreviations.sorted(by: { $0.key < $1.key }) {
            let from = Array(short.utf8).withUnsafeBufferPointer { words.intern($0) }
            let to = Array(long.utf8).withUnsafeBufferPointer { words.intern($0) }
            if from != to { expansion[from] = to }
        }
        var keyWords: [Int32] = [], keyStart: [Int] = [0]
        keyWords.reserveCapacity(keys.count * 4)
        keyStart.reserveCapacity(keys.count + 1)
        keys.storage.withUnsafeBufferPointer { store in
            for k in 0..<keys.count {
                let range = keys.range(k)
                var start = range.lowerBound
                for i in range.lowerBound...range.upperBound where i == range.upperBound || store[i] == 0x20 {
                    if i > start {
                        let word = words.intern(UnsafeBufferPointer(rebasing: store[start..<i]))
                        keyWords.append(expansion[word] ?? word)
                    }
                    start = i + 1
                }
                keyStart.append(keyWords.count)
            }
        }
        return (words, keyWords, keyStart)
    }

    func wordRange(_ key: Int) -> Range<Int> { keyStart[key]..<keyStart[key + 1] }

    func wordCount(_ key: Int) -> Int { keyStart[key + 1] - keyStart[key] }

    func keyLength(_ key: Int) -> Int { keys.range(key).count }

    func wordLength(_ word: Int32) -> Int { words.range(Int(word)).count }
}
