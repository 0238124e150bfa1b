/// "Did you mean ...?" suggestions by edit distance.
public enum Suggestion {
    /// The candidate closest to `word` if it is near enough to be a likely slip.
    /// Words longer than this get no suggestion: no id or name is so long, and comparing a
    /// hostile megabyte-long "id" with every candidate would take minutes.
    public static let maximumLength = 64

    public static func closest(to word: String, among candidates: [String]) -> String? {
        guard word.utf8.count <= maximumLength else { return nil }
        let scored = candidates.map { ($0, distance(word.lowercased(), $0.lowercased())) }
        guard let best = scored.min(by: { $0.1 < $1.1 || ($0.1 == $1.1 && $0.0 < $1.0) }) else { return nil }
        let limit = max(1, min(3, word.count / 3))
        if best.1 <= limit { return best.0 }
        // A stem typed for a longer name ("gratuity" for "gratuities").
        let stem = word.lowercased().prefix(max(4, word.count - 1))
        return word.count >= 4 ? candidates.sorted().first { $0.lowercased().hasPrefix(stem) } : nil
    }

    /// Edit distance counting a swap of two neighbouring letters as one slip ("scroe" for
    /// "score"), as well as an insertion, deletion or substitution (optimal string alignment).
    public static func distance(_ lhs: String, _ rhs: String) -> Int {
        let a = Array(lhs)
        let b = Array(rhs)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var beforePrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], beforePrevious[j - 2] + 1)
                }
            }
            (beforePrevious, previous, current) = (previous, current, beforePrevious)
        }
        return previous[b.count]
    }
}
