/// Which names (suppliers' and registers') use each word, and the hashes of all names' word
/// sequences, to ask "did anyone write this name?".
struct WordUsage: Sendable {
    /// Keys using word `w`: `keysOfWord[wordStart[w]..<wordStart[w + 1]]`.
    var keysOfWord: [Int32] = []
    var wordStart: [Int] = [0]
    var keyHashes: Set<UInt64> = []

    init() {}

    /// Names with more than `maxWords` words are left out of `keys(using:)` (the matcher
    /// looks at each name using a word, at a cost of the square of its word count).
    init(_ table: NameKeyTable, maxWords: Int) {
        var counts = [Int](repeating: 0, count: table.words.count + 1)
        keyHashes.reserveCapacity(table.keys.count)
        for k in 0..<table.keys.count {
            let words = table.keyWords[table.wordRange(k)]
            keyHashes.insert(SupplierIndex.sequenceHash(words))
            guard words.count <= maxWords else { continue }
            for word in words { counts[Int(word) + 1] += 1 }
        }
        for w in 0..<table.words.count { counts[w + 1] += counts[w] }
        wordStart = counts
        keysOfWord = [Int32](repeating: 0, count: counts[table.words.count])
        for k in 0..<table.keys.count where table.wordCount(k) <= maxWords {
            for word in table.keyWords[table.wordRange(k)] {
                keysOfWord[counts[Int(word)]] = Int32(k)
                counts[Int(word)] += 1
            }
        }
    }

    func keys(using word: Int32) -> ArraySlice<Int32> {
        keysOfWord[wordStart[Int(word)]..<wordStart[Int(word) + 1]]
    }
}
