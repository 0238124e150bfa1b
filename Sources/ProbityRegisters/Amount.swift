/// Parses money amounts to whole pence: `1234.5`, `1,234.50`, `£12`, `-3.25`.
enum Amount {
    /// Pence, rounded half away from zero; nil when the text is not an amount.
    static func pence(_ b: UnsafeBufferPointer<UInt8>) -> Int64? {
        var i = 0, negative = false
        if i < b.count, b[i] == 0x2D { negative = true; i += 1 }
        if i + 1 < b.count, b[i] == 0xC2, b[i + 1] == 0xA3 { i += 2 }  // £
        var whole: Int64 = 0, digits = 0, sinceComma = -1
        while i < b.count {
            let c = b[i]
            if c >= 0x30, c <= 0x39 {
                guard digits < 15 else { return nil }
                whole = whole * 10 + Int64(c - 0x30)
                digits += 1
                if sinceComma >= 0 { sinceComma += 1 }
            } else if c == 0x2C, digits > 0, sinceComma == -1 || sinceComma == 3 {
                sinceComma = 0
            } else {
                break
            }
            i += 1
        }
        guard digits > 0, sinceComma == -1 || sinceComma == 3 else { return nil }
        var fraction: Int64 = 0, places = 0, roundUp = false
        if i < b.count, b[i] == 0x2E {
            i += 1
            var any = false
            while i < b.count, b[i] >= 0x30, b[i] <= 0x39 {
                if places < 2 {
                    fraction = fraction * 10 + Int64(b[i] - 0x30)
                    places += 1
                } else if places == 2 {
                    roundUp = b[i] >= 0x35
                    places += 1
                }
                any = true
                i += 1
            }
            guard any else { return nil }
        }
        guard i == b.count else { return nil }
        if places == 1 { fraction *= 10 }
        let pence = whole * 100 + fraction + (roundUp ? 1 : 0)
        return negative ? -pence : pence
    }
}
