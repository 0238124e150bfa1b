/// A calendar date as days since 1970-01-01 (proleptic Gregorian), compact and comparable.
public struct Day: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public var rawValue: Int32

    public init(rawValue: Int32) { self.rawValue = rawValue }

    /// The date `year-month-day`, or nil when it is not a real date.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...Self.daysIn(month: month, year: year)).contains(day) else { return nil }
        rawValue = Int32(Self.daysFromCivil(year, month, day))
    }

    /// Parses `YYYY-MM-DD` (ISO 8601) or `DD/MM/YYYY` (UK) text.
    public init?(_ text: String) {
        var text = text
        guard let day = text.withUTF8({ Day.parse($0) }) else { return nil }
        self = day
    }

    public static func < (lhs: Day, rhs: Day) -> Bool { lhs.rawValue < rhs.rawValue }

    public func adding(days: Int) -> Day { Day(rawValue: rawValue + Int32(days)) }

    /// The same day of the month `months` later (negative: earlier), clamped to the month's end
    /// (2024-02-29 minus 12 months is 2023-02-28).
    public func adding(months: Int) -> Day {
        let (y, m, d) = civil
        let total = y * 12 + (m - 1) + months
        let year = total / 12, month = total % 12 + 1
        return Day(year: year, month: month, day: min(d, Self.daysIn(month: month, year: year))) ?? self
    }

    /// (year, month, day)
    public var civil: (Int, Int, Int) {
        let z = Int(rawValue) + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// `YYYY-MM-DD`
    public var description: String {
        let (y, m, d) = civil
        func pad(_ n: Int, _ width: Int) -> String {
            let s = String(n)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        return "\(pad(y, 4))-\(pad(m, 2))-\(pad(d, 2))"
    }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let day = Day(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                                                    debugDescription: "expected a date YYYY-MM-DD, found \"\(text)\""))
        }
        self = day
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    static func parse(_ b: UnsafeBufferPointer<UInt8>) -> Day? {
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
            return Day(year: y, month: m, day: d)
        }
        if b[2] == 0x2F, b[5] == 0x2F, let d = digits(0, 2), let m = digits(3, 2), let y = digits(6, 4) {
            return Day(year: y, month: m, day: d)
        }
        return nil
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    static func daysFromCivil(_ year: Int, _ month: Int, _ day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = month > 2 ? month - 3 : month + 9
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }
}
