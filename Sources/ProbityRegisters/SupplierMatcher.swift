/// Matches organisation names as typed in the registers to the supplier list.
///
/// 1. **Exact**: equal keys after `NameNormaliser`.
/// 2. **Approximate**, for each distinct key left over, by lookups only (never comparing a
///    name with every supplier): equal after expanding abbreviations; equal with words run
///    together; the same words in another order; or the same number of words where every
///    differing word is a misspelling of the supplier's word — within the edit budget for its
///    length, and *not itself a known word*. A known word is one in the supplier list's names,
///    or one that other names use where no misspelling explains it: "Northern Fleet
///    Solutions" is not a misspelling of "Northern Fleet Services", because "solutions" is a
///    word other suppliers use.  At least one word must agree exactly; the best score above
///    `minScore` wins, and a tie — two suppliers, or another reading that gives a name the
///    registers use — matches neither.  See `ApproximateSearch` and docs/crosscheck.md.
public struct SupplierMatcher: Sendable {
    public let rules: MatchingRules
    public let normaliser: NameNormaliser

    public init(rules: MatchingRules) {
        self.rules = rules
        normaliser = NameNormaliser(legalSuffixes: rules.legalSuffixes)
    }

    /// Matches each of `names` against suppliers named `suppliers`; `supplier` in each
    /// result indexes `suppliers`.
    public func match(_ names: [String], suppliers: [String]) -> [NameMatch] {
        var table = ByteInterner(capacity: names.count + suppliers.count)
        func intern(_ text: String) -> Int32 {
            var text = text
            return text.withUTF8 { table.intern($0) }
        }
        let supplierNames = suppliers.map(intern)
        let nameIndices = names.map(intern)
        let matches = match(names: table, supplierNames: supplierNames)
        return nameIndices.map { matches[Int($0)] }
    }

    /// A match for every name in `names` (index = name index). Of suppliers with the same
    /// key, the one with the smallest of `supplierIDs` is matched (the first when none are given).
    func match(names: ByteInterner, supplierNames: [Int32], supplierIDs: [RowID] = []) -> [NameMatch] {
        let table = NameKeyTable(names: names, normaliser: normaliser, abbreviations: rules.abbreviations)
        let index = SupplierIndex(table: table, supplierNames: supplierNames, supplierIDs: supplierIDs, rules: rules)
        var byKey = [NameMatch?](repeating: nil, count: table.keys.count)
        var leftOver: [Int32] = []
        for key in 0..<table.keys.count {
            let s = index.exact[key]
            if s != SupplierIndex.none {
                byKey[key] = NameMatch(supplier: Int(s), rule: .exact, score: 1)
            } else if table.wordCount(key) > rules.maxNameWords {
                byKey[key] = .unmatched  // over the word cap: exact only
            } else {
                leftOver.append(Int32(key))
            }
        }
        let rules = self.rules, keys = leftOver
        let spellings = Self.spellings(of: keys, table: table, index: index, rules: rules)
        let chunkCount = max(1, min(16, leftOver.count / 1024))
        let results: [[NameMatch]] = parallelMap(chunkCount) { c in
            var search = ApproximateSearch(table: table, index: index, rules: rules)
            search.spellings = spellings
            let range = (keys.count * c / chunkCount)..<(keys.count * (c + 1) / chunkCount)
            return range.map { search.match(key: Int(keys[$0])) }
        }
        var k = 0
        for chunk in results {
            for result in chunk {
                byKey[Int(leftOver[k])] = result
                k += 1
            }
        }
        return table.nameKey.map { byKey[Int($0)] ?? .unmatched }
    }
}

extension SupplierMatcher {
    /// The possible misspellings of every non-supplier word in `keys`, worked out once, in parallel.
    static func spellings(of keys: [Int32], table: NameKeyTable, index: SupplierIndex,
                          rules: MatchingRules) -> [Int32: [(word: Int32, edits: Int)]] {
        var seen = [Bool](repeating: false, count: table.words.count)
        var unknown: [Int32] = []
        for key in keys {
            for word in table.keyWords[table.wordRange(Int(key))] where !index.vocabulary[Int(word)] && !seen[Int(word)] {
                seen[Int(word)] = true
                unknown.append(word)
            }
        }
        let chunkCount = max(1, min(16, unknown.count / 2048))
        let words = unknown
        let parts: [[(Int32, [(word: Int32, edits: Int)])]] = parallelMap(chunkCount) { c in
            var search = ApproximateSearch(table: table, index: index, rules: rules)
            let range = (words.count * c / chunkCount)..<(words.count * (c + 1) / chunkCount)
            return range.map { (words[$0], search.misspellingOf(words[$0])) }
        }
        var result: [Int32: [(word: Int32, edits: Int)]] = [:]
        result.reserveCapacity(unknown.count)
        for part in parts { for (word, options) in part { result[word] = options } }
        return result
    }
}
