/// Finds bytes that are not well-formed UTF-8, eight ASCII bytes at a time.
enum UTF8Validator {
    /// Offsets of the first byte of each ill-formed sequence in `start..<end`, at most `limit`.
    static func invalidOffsets(_ base: UnsafePointer<UInt8>, start: Int, end: Int, limit: Int) -> [Int] {
        var bad: [Int] = []
        var p = start
        let raw = UnsafeRawPointer(base)
        while p < end {
            if p + 8 <= end, raw.loadUnaligned(fromByteOffset: p, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                p += 8
                continue
            }
            let byte = base[p]
            if byte < 0x80 {
                p += 1
                continue
            }
            let length = sequenceLength(base, at: p, end: end)
            if length == 0 {
                bad.append(p)
                if bad.count >= limit { return bad }
                p += 1
            } else {
                p += length
            }
        }
        return bad
    }

    /// Length of the well-formed sequence starting at `p` (a non-ASCII byte), or 0.
    static func sequenceLength(_ base: UnsafePointer<UInt8>, at p: Int, end: Int) -> Int {
        let b0 = base[p]
        func cont(_ i: Int) -> Bool { p + i < end && base[p + i] & 0xC0 == 0x80 }
        switch b0 {
        case 0xC2...0xDF:
            return cont(1) ? 2 : 0
        case 0xE0...0xEF:
            guard cont(1), cont(2) else { return 0 }
            let b1 = base[p + 1]
            if b0 == 0xE0 && b1 < 0xA0 { return 0 }  // overlong
            if b0 == 0xED && b1 > 0x9F { return 0 }  // surrogate
            return 3
        case 0xF0...0xF4:
            guard cont(1), cont(2), cont(3) else { return 0 }
            let b1 = base[p + 1]
            if b0 == 0xF0 && b1 < 0x90 { return 0 }
            if b0 == 0xF4 && b1 > 0x8F { return 0 }
            return 4
        default:
            return 0
        }
    }
}
