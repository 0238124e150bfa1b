/// Quote and line-break counts of a block of bytes (eight bytes per step).
struct QuoteLineCount: Sendable {
    var quotes = 0
    var lines = 0

    static func count(_ raw: UnsafeRawBufferPointer, from: Int, to: Int) -> QuoteLineCount {
        var result = QuoteLineCount()
        guard let base = raw.baseAddress else { return result }
        var p = from
        while p + 8 <= to {
            let word = base.loadUnaligned(fromByteOffset: p, as: UInt64.self)
            result.quotes += matches(word, 0x2222_2222_2222_2222)
            result.lines += matches(word, 0x0A0A_0A0A_0A0A_0A0A)
            p += 8
        }
        while p < to {
            let byte = raw[p]
            if byte == CSVScanner.quote { result.quotes += 1 } else if byte == CSVScanner.lf { result.lines += 1 }
            p += 1
        }
        return result
    }

    /// How many bytes of `word` equal the byte repeated in `pattern`.
    @inline(__always)
    private static func matches(_ word: UInt64, _ pattern: UInt64) -> Int {
        let x = word ^ pattern
        let t = ((x & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7F7F_7F7F_7F7F_7F7F) | x
        return (~t & 0x8080_8080_8080_8080).nonzeroBitCount
    }
}
