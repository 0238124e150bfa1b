import ProbityCore

/// Register dates are the core's `LocalDate`; registers also write them the UK way.
extension LocalDate {
    /// Parses a register cell: `YYYY-MM-DD` (ISO 8601) or `DD/MM/YYYY` (UK), nil for anything
    /// else or a date that does not exist.
    static func parse(_ b: UnsafeBufferPointer<UInt8>) -> LocalDate? {
        guard b.count == 10 else { return nil }
        func digits(_ from: Int, _ count: Int) -> Int? {
            var value = 0
            for i in from..<(from + count) {
                let c = b[i]
                guard c >= 0x30, c <= 0x39 else { return nil }
                value = value * 10 + Int(c - 0x30)
            }
            return value
        }
        if b[4] == 0x2D, b[7] == 0x2D, let y = digits(0, 4), let m = digits(5, 2), let d = digits(8, 2) {
            return LocalDate(year: y, month: m, day: d)
        }
        if b[2] == 0x2F, b[5] == 0x2F, let d = digits(0, 2), let m = digits(3, 2), let y = digits(6, 4) {
            return LocalDate(year: y, month: m, day: d)
        }
        return nil
    }

    /// Days since 1970-01-01 in 32 bits, for the compact date indexes of the cross-checks.
    var dayNumber: Int32 { Int32(daysSinceEpoch) }
}
