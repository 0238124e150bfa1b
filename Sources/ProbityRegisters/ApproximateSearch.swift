/// The approximate pass for one chunk of keys, with a memo of each word's possible spellings.
struct ApproximateSearch {
    let table: NameKeyTable
    let index: SupplierIndex
    let rules: MatchingRules
    /// Supplier words each unknown word may be a misspelling of, with the edits.
    var spellings: [Int32: [(word: Int32, edits: Int)]] = [:]

    init(table: NameKeyTable, index: SupplierIndex, rules: MatchingRules) {
        self.table = table
        self.index = index
        self.rules = rules
    }

    mutating func match(key: Int) -> NameMatch {
        let all = Array(table.keyWords[table.wordRange(key)])
        guard !all.isEmpty else { return .unmatched }
        var words = all
        let suffixEdits = dropMisspeltSuffix(&words)
        if suffixEdits > 0 {
            var found = matchWords(key: key, words: words)
            if let supplier = found.supplier {
                let length = max(table.keyLength(key), table.keyLength(Int(index.supplierKeys[supplier])))
                found.score = min(found.score, 1 - Double(found.edits + suffixEdits) / Double(max(1, length)))
                found.edits += suffixEdits
                found.rule = .spelling
                return found.score >= rules.minScore ? found : .unmatched
            }
        }
        return matchWords(key: key, words: all)
    }

    /// A last word that is a legal suffix misspelt ("Limtted", "Std") is dropped like the suffix
    /// itself (with "and" before it); returns its edits, 0 when there was none.
    private mutating func dropMisspeltSuffix(_ words: inout [Int32]) -> Int {
        guard words.count >= 2, let last = words.last, !index.vocabulary[Int(last)] else { return 0 }
        let bytes = table.words.withBytes(Int(last)) { Array($0) }
        var best = 0
        for suffix in table.suffixWords {
            let limit = rules.budget(forLength: max(bytes.count, table.wordLength(suffix)))
            guard limit > 0 else { continue }
            let edits = bytes.withUnsafeBufferPointer { a in
                table.words.withBytes(Int(suffix)) { b in EditDistance.osa(a, b, limit: limit) }
            }
            if edits >= 1, edits <= limit, best == 0 || edits < best { best = edits }
        }
        guard best > 0 else { return 0 }
        words.removeLast()
        if words.count >= 2, words.last == table.andWord { words.removeLast() }
        return best
    }

    private mutating func matchWords(key: Int, words: [Int32]) -> NameMatch {
        let expanded = index.lookup(index.expanded, SupplierIndex.sequenceHash(words), table: table) {
            $0.elementsEqual(words)
        }
        if let found = lookup(expanded, rule: .abbreviation, score: rules.abbreviationScore) { return found }
        if rules.allowJoinedWords {
            let joined = index.lookup(index.joined, SupplierIndex.joinedHash(words, table), table: table) {
                index.joinedBytes(Array($0), table) == index.joinedBytes(words, table)
            }
            if let found = lookup(joined, rule: .joinedWords, score: rules.joinedWordsScore) { return found }
        }
        let content = SupplierIndex.contentWords(words, table)
        if rules.allowWordOrder, content.count >= rules.wordOrderMinWords {
            let sortedWords = content.sorted()
            let reordered = index.lookup(index.sorted, SupplierIndex.sequenceHash(sortedWords), table: table) {
                SupplierIndex.contentWords($0, table).sorted() == sortedWords
            }
            if let found = lookup(reordered, rule: .wordOrder, score: rules.wordOrderScore) { return found }
        }
        return spelling(key: key, words: words)
    }

    private func lookup(_ supplier: Int32?, rule: MatchRule, score: Double) -> NameMatch? {
        guard let supplier, score >= rules.minScore else { return nil }
        return supplier == SupplierIndex.ambiguous ? .ambiguous : NameMatch(supplier: Int(supplier), rule: rule, score: score)
    }

    /// Suppliers with the same number of words where each differing word is a misspelling.
    private mutating func spelling(key: Int, words: [Int32]) -> NameMatch {
        let n = words.count
        // Every word a supplier word: only an exact key could match, and none did.
        guard words.contains(where: { !index.vocabulary[Int($0)] }) else { return .unmatched }
        var options: [[(word: Int32, edits: Int)]] = []
        for word in words {
            if index.vocabulary[Int(word)] {
                options.append([(word, 0)])
            } else {
                let candidates = misspellingOf(word)
                if candidates.isEmpty { return .unmatched }
                options.append(candidates)
            }
        }
        var best = NameMatch.unmatched, tied = false
        for s in candidates(words: words, options: options) {
            guard let (edits, differing) = compare(supplier: Int(s), options: options),
                  edits <= rules.maxEditsPerName, differing <= rules.maxDifferingWords,
                  n == 1 || differing < n else { continue }
            let supplierKey = Int(index.supplierKeys[Int(s)])
            let length = max(table.keyLength(key), table.keyLength(supplierKey))
            let score = 1 - Double(edits) / Double(max(1, length))
            guard score >= rules.minScore else { continue }
            if score > best.score {
                best = NameMatch(supplier: Int(s), rule: .spelling, score: score, edits: edits)
                tied = false
            } else if score == best.score, best.supplier != Int(s) {
                tied = true
            }
        }
        if let s = best.supplier, !tied, hasOtherReading(words, supplier: s, options: options) { return .ambiguous }
        return tied ? .ambiguous : best
    }

    /// Whether a misspelt word corrects, as easily, to another word that gives a name the
    /// registers use: "The Horion Electrical" is "Orion Electrical" (a supplier) or "Horizon
    /// Electrical" (a name written elsewhere) — no match rather than a guess.
    private func hasOtherReading(_ words: [Int32], supplier s: Int, options: [[(word: Int32, edits: Int)]]) -> Bool {
        let chosen = Array(table.keyWords[table.wordRange(Int(index.supplierKeys[s]))])
        for (i, word) in words.enumerated() where chosen[i] != word {
            guard let used = options[i].first(where: { $0.word == chosen[i] })?.edits else { continue }
            for other in options[i] where other.word != chosen[i] && other.edits <= used {
                let hash = SupplierIndex.sequenceHash(words, replacing: word, with: other.word)
                if index.usage.keyHashes.contains(hash) { return true }
            }
        }
        return false
    }

    /// Suppliers that could match: with one unknown word, those equal elsewhere (one lookup);
    /// otherwise those sharing the rarest option at some position.
    private func candidates(words: [Int32], options: [[(word: Int32, edits: Int)]]) -> [Int32] {
        let n = words.count
        let unknown = words.indices.filter { !index.vocabulary[Int(words[$0])] }
        if unknown.count == 1 {
            return index.blanked[SupplierIndex.sequenceHash(words, blanking: unknown[0])] ?? []
        }
        let sizes = (0..<n).map { postingSize($0, options[$0], n) }
        guard let anchor = sizes.indices.min(by: { sizes[$0] < sizes[$1] }) else { return [] }
        return options[anchor].flatMap {
            index.postings[SupplierIndex.postingKey(count: n, position: anchor, word: $0.word)] ?? []
        }
    }

    private func postingSize(_ position: Int, _ options: [(word: Int32, edits: Int)], _ n: Int) -> Int {
        options.reduce(0) { $0 + (index.postings[SupplierIndex.postingKey(count: n, position: position, word: $1.word)]?.count ?? 0) }
    }

    /// (edits, differing words) when every word of supplier `s` is an allowed option.
    private func compare(supplier s: Int, options: [[(word: Int32, edits: Int)]]) -> (Int, Int)? {
        let range = table.wordRange(Int(index.supplierKeys[s]))
        guard range.count == options.count else { return nil }
        var edits = 0, differing = 0
        for (i, word) in table.keyWords[range].enumerated() {
            guard let option = options[i].first(where: { $0.word == word }) else { return nil }
            if option.edits > 0 {
                edits += option.edits
                differing += 1
            }
        }
        return (edits, differing)
    }

    /// Supplier words that `word` (not a supplier word) may be a misspelling of: within the
    /// edit budget, unless `word` is itself a known word (its singular or plural always counts).
    /// None for a word longer than `maxWordLength`.
    mutating func misspellingOf(_ word: Int32) -> [(word: Int32, edits: Int)] {
        if let known = spellings[word] { return known }
        guard table.wordLength(word) <= rules.maxWordLength else {  // compared exactly only
            spellings[word] = []
            return []
        }
        let bytes = table.words.withBytes(Int(word)) { Array($0) }
        var found: [(word: Int32, edits: Int)] = []
        var seen = Set<Int32>()
        for hash in SupplierIndex.deletionHashes(bytes, depth: SupplierIndex.depth(bytes.count, rules)) {
            for candidate in index.deletions[hash] ?? [] where seen.insert(candidate).inserted {
                let limit = rules.budget(forLength: max(bytes.count, table.wordLength(candidate)))
                guard limit > 0 else { continue }
                let edits = bytes.withUnsafeBufferPointer { a in
                    table.words.withBytes(Int(candidate)) { b in EditDistance.osa(a, b, limit: limit) }
                }
                if edits >= 1, edits <= limit { found.append((candidate, edits)) }
            }
        }
        found.sort { ($0.edits, $0.word) < ($1.edits, $1.word) }
        if !found.isEmpty, isKnownWord(word, candidates: found.map(\.word)) {
            found = rules.pluralIsSameWord ? found.filter { isPlural(bytes, of: $0.word) } : []
        }
        spellings[word] = found
        return found
    }

    /// Is one of the words the other with a trailing "s"?
    private func isPlural(_ bytes: [UInt8], of candidate: Int32) -> Bool {
        table.words.withBytes(Int(candidate)) { other in
            (bytes.count == other.count + 1 && bytes.last == 0x73 && bytes.starts(with: other))
                || (other.count == bytes.count + 1 && other.last == 0x73 && other.starts(with: bytes))
        }
    }

    /// A word outside the supplier list is still a real word, not a misspelling, when at
    /// least `knownWordMinNames` names use it where no misspelling explains it: putting any
    /// of its candidate supplier words in its place gives a name nobody used and no supplier's
    /// name but for one word. ("Hull" in "Hull City Council" is not "Hall" misspelt: nobody
    /// wrote "Hall City Council" and no supplier is called "Hall City …".)
    private func isKnownWord(_ word: Int32, candidates: [Int32]) -> Bool {
        var independent = 0
        for key in index.usage.keys(using: word) {
            let words = table.keyWords[table.wordRange(Int(key))]
            let explained = candidates.contains { candidate in
                index.usage.keyHashes.contains(SupplierIndex.sequenceHash(words, replacing: word, with: candidate))
                    || (0..<words.count).contains { blank in
                        index.blanked[SupplierIndex.sequenceHash(words, replacing: word, with: candidate,
                                                                 blanking: blank)] != nil
                    }
            }
            if !explained {
                independent += 1
                if independent >= rules.knownWordMinNames { return true }
            }
        }
        return false
    }
}
