/// When an evidence record was made, to the precision the source gives: a year (`2012`), a
/// month (`2012-07`) or a day (`2012-07-15`). HMIC's reports often give no day. A partial
/// date covers every day of its year or month.
public struct EvidenceDate: Sendable, Hashable, Codable, CustomStringConvertible {
    public let year: Int
    public let month: Int?
    public let day: Int?

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4,
              zip(parts.dropFirst(), [2, 2]).allSatisfy({ $0.0.count == $0.1 }),
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let year = Int(parts[0]), (1...9999).contains(year)
        else { return nil }
        let month = parts.count > 1 ? Int(parts[1]) : nil
        let day = parts.count > 2 ? Int(parts[2]) : nil
        if let month, !(1...12).contains(month) { return nil }
        if let month, let day, LocalDate(year: year, month: month, day: day) == nil { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    public init(_ date: LocalDate) {
        year = date.year
        month = date.month
        day = date.day
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let date = EvidenceDate(text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "expected a date as YYYY-MM-DD, YYYY-MM or YYYY, found \"\(text)\"")
        }
        self = date
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    /// The first day the date covers.
    public var first: LocalDate {
        LocalDate(year: year, month: month ?? 1, day: day ?? 1) ?? LocalDate(daysSinceEpoch: 0)
    }

    /// The last day the date covers.
    public var last: LocalDate {
        let lastMonth = month ?? 12
        let lastDay = day ?? LocalDate.daysIn(month: lastMonth, year: year)
        return LocalDate(year: year, month: lastMonth, day: lastDay) ?? first
    }

    public var isPartial: Bool { day == nil }

    /// Whether any day the date covers falls within `start...end`.
    public func overlaps(from start: LocalDate, to end: LocalDate) -> Bool { first <= end && last >= start }

    public var description: String {
        let yearText = String(year)
        var text = String(repeating: "0", count: max(0, 4 - yearText.count)) + yearText
        if let month { text += month < 10 ? "-0\(month)" : "-\(month)" }
        if let day { text += day < 10 ? "-0\(day)" : "-\(day)" }
        return text
    }
}
