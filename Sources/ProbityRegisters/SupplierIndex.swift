/// Lookup structures over the supplier list's keys, for the approximate pass: keys with
/// abbreviations expanded, with words joined, with words sorted; postings of
/// (word count, position, word) → suppliers; the supplier vocabulary and a deletion
/// index of it (every word with up to N letters deleted → the words), so misspellings are
/// found by lookups, never by comparing a name with every supplier.
struct SupplierIndex: Sendable {
    static let none: Int32 = -1, ambiguous: Int32 = -2

    /// Supplier per key id (`none` when no supplier has that key).
    var exact: [Int32]
    /// Supplier by hash of its words (abbreviations expanded), of its letters with the spaces
    /// taken out, and of its words sorted; lookups verify the words, so a hash collision
    /// never matches.
    var expanded: [UInt64: Int32] = [:]
    var joined: [UInt64: Int32] = [:]
    var sorted: [UInt64: Int32] = [:]
    var postings: [UInt64: [Int32]] = [:]
    /// Suppliers by their words with one position blanked out: a name with one misspelt
    /// word finds its candidates with one lookup.
    var blanked: [UInt64: [Int32]] = [:]
    /// Is the word used by some supplier's (expanded) key?
    var vocabulary: [Bool]
    /// Which names use each word, and every name's word sequence.
    var usage: WordUsage
    var deletions: [UInt64: [Int32]] = [:]
    /// Key id of each supplier.
    var supplierKeys: [Int32]

    /// Builds the supplier lookups and, on the other core, the word usage of all names.
    /// Suppliers with the same key are one supplier to the matcher: the one with the smallest
    /// id in `supplierIDs` (the first in the list when no ids are given), whatever the order
    /// of the list.
    init(table: NameKeyTable, supplierNames: [Int32], supplierIDs: [RowID] = [], rules: MatchingRules) {
        let parts: [Part] = parallelMap(2) { part in
            part == 0 ? .index(SupplierIndex(suppliersOnly: table, supplierNames: supplierNames,
                                             supplierIDs: supplierIDs, rules: rules))
                : .usage(WordUsage(table, maxWords: rules.maxNameWords))
        }
        var index: SupplierIndex?, usage = WordUsage()
        for part in parts {
            switch part {
            case .index(let built): index = built
            case .usage(let built): usage = built
            }
        }
        self = index ?? SupplierIndex(suppliersOnly: table, supplierNames: supplierNames, supplierIDs: supplierIDs,
                                      rules: rules)
        self.usage = usage
    }

    private enum Part: Sendable {
        case index(SupplierIndex)
        case usage(WordUsage)
    }

    private init(suppliersOnly table: NameKeyTable, supplierNames: [Int32], supplierIDs: [RowID],
                 rules: MatchingRules) {
        supplierKeys = supplierNames.map { table.nameKey[Int($0)] }
        exact = [Int32](repeating: Self.none, count: table.keys.count)
        vocabulary = [Bool](repeating: false, count: table.words.count)
        usage = WordUsage()
        let byID = supplierIDs.count == supplierKeys.count
        for (s, key) in supplierKeys.enumerated() {
            let current = exact[Int(key)]
            if current == Self.none || (byID && supplierIDs[s] < supplierIDs[Int(current)]) { exact[Int(key)] = Int32(s) }
        }
        // Suppliers' names over the word cap are matched exactly only.
        for (s, key) in supplierKeys.enumerated()
        where exact[Int(key)] == Int32(s) && table.wordCount(Int(key)) <= rules.maxNameWords {
            add(Int32(s), key: Int(key), table: table)
        }
        buildDeletions(table, rules: rules)
    }

    private mutating func add(_ s: Int32, key: Int, table: NameKeyTable) {
        func put(_ map: inout [UInt64: Int32], _ k: UInt64) {
            if let existing = map[k] { if existing != s { map[k] = Self.ambiguous } } else { map[k] = s }
        }
        let words = table.keyWords[table.wordRange(key)]
        guard !words.isEmpty else { return }
        put(&expanded, Self.sequenceHash(words))
        put(&joined, Self.joinedHash(words, table))
        put(&sorted, Self.sequenceHash(Self.contentWords(words, table).sorted()))
        for (i, word) in words.enumerated() {
            vocabulary[Int(word)] = true
            postings[Self.postingKey(count: words.count, position: i, word: word), default: []].append(s)
            blanked[Self.sequenceHash(words, blanking: i), default: []].append(s)
        }
    }

    /// The supplier for `hash` in `map` if its words pass `verify`; `ambiguous` passes through.
    func lookup(_ map: [UInt64: Int32], _ hash: UInt64, table: NameKeyTable,
                verify: (ArraySlice<Int32>) -> Bool) -> Int32? {
        guard let s = map[hash] else { return nil }
        if s == Self.ambiguous { return s }
        return verify(table.keyWords[table.wordRange(Int(supplierKeys[Int(s)]))]) ? s : nil
    }

    /// A hash of a word sequence; with `blanking`, that position counts as a wildcard.
    static func sequenceHash<C: Collection>(_ words: C, blanking: Int = -1) -> UInt64 where C.Element == Int32 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325 ^ UInt64(words.count)
        for (i, word) in words.enumerated() {
            h = (h ^ UInt64(UInt32(bitPattern: i == blanking ? -1 : word))) &* 0x100_0000_01B3
            h ^= h >> 29
        }
        return h &* 0xBF58_476D_1CE4_E5B9
    }

    /// `sequenceHash` of `words` with every `word` replaced by `replacement` (and `blanking`).
    static func sequenceHash<C: Collection>(_ words: C, replacing word: Int32, with replacement: Int32,
                                            blanking: Int = -1) -> UInt64 where C.Element == Int32 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325 ^ UInt64(words.count)
        for (i, w) in words.enumerated() {
            let value = i == blanking ? -1 : (w == word ? replacement : w)
            h = (h ^ UInt64(UInt32(bitPattern: value))) &* 0x100_0000_01B3
            h ^= h >> 29
        }
        return h &* 0xBF58_476D_1CE4_E5B9
    }

    /// The words other than "and" and "the", which carry no order.
    static func contentWords<C: Collection>(_ words: C, _ table: NameKeyTable) -> [Int32] where C.Element == Int32 {
        words.filter { $0 != table.andWord && $0 != table.theWord }
    }

    /// A hash of the words' letters run together (FNV-1a over the bytes).
    static func joinedHash<C: Collection>(_ words: C, _ table: NameKeyTable) -> UInt64 where C.Element == Int32 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        table.words.storage.withUnsafeBufferPointer { store in
            for word in words {
                for byte in store[table.words.range(Int(word))] { h = (h ^ UInt64(byte)) &* 0x100_0000_01B3 }
            }
        }
        return h
    }

    private mutating func buildDeletions(_ table: NameKeyTable, rules: MatchingRules) {
        for word in 0..<table.words.count where vocabulary[word] && table.wordLength(Int32(word)) <= rules.maxWordLength {
            let bytes = table.words.withBytes(word) { Array($0) }
            for hash in Self.deletionHashes(bytes, depth: Self.depth(bytes.count, rules)) {
                deletions[hash, default: []].append(Int32(word))
            }
        }
    }

    /// How many letters to delete from a word of `length` when indexing or looking up: enough
    /// for any pair within budget, whose longer word is at most the budget longer.
    static func depth(_ length: Int, _ rules: MatchingRules) -> Int {
        let widest = rules.editBudget.map(\.maxEdits).max() ?? 0
        return min(rules.maxEditsPerName, rules.budget(forLength: length + widest))
    }

    /// Hashes of the word and of every string made by deleting up to `depth` (at most 2) of
    /// its bytes (duplicates possible).
    static func deletionHashes(_ word: [UInt8], depth: Int) -> [UInt64] {
        var hashes: [UInt64] = []
        var scratch = [UInt8](repeating: 0, count: word.count)
        func add(skipping a: Int, _ b: Int) {
            var n = 0
            for (i, byte) in word.enumerated() where i != a && i != b {
                scratch[n] = byte
                n += 1
            }
            hashes.append(scratch.withUnsafeBufferPointer { ByteInterner.hash(UnsafeBufferPointer(rebasing: $0[0..<n])) })
        }
        add(skipping: -1, -1)
        guard depth >= 1, word.count > 1 else { return hashes }
        for i in word.indices where i == 0 || word[i] != word[i - 1] { add(skipping: i, -1) }
        guard depth >= 2, word.count > 2 else { return hashes }
        for i in word.indices {
            for j in (i + 1)..<word.count { add(skipping: i, j) }
        }
        return hashes
    }

    static func postingKey(count: Int, position: Int, word: Int32) -> UInt64 {
        UInt64(min(count, 0xFFFF)) << 48 | UInt64(min(position, 0xFFFF)) << 32 | UInt64(UInt32(bitPattern: word))
    }

    func joinedBytes(_ words: [Int32], _ table: NameKeyTable) -> [UInt8] {
        var out: [UInt8] = []
        table.words.storage.withUnsafeBufferPointer { store in
            for word in words { out.append(contentsOf: store[table.words.range(Int(word))]) }
        }
        return out
    }
}
