/// A strict JSON parser (RFC 8259) over UTF-8 bytes that reports where a document goes wrong
/// as a line and column, which Foundation's parser does not do reliably on every platform.
public struct JSONParser {
    /// Why a document failed to parse, and where (1-based line and column).
    public struct Failure: Error, Sendable, Equatable {
        public let line: Int
        public let column: Int
        public let reason: String

        public init(line: Int, column: Int, reason: String) {
            self.line = line
            self.column = column
            self.reason = reason
        }
    }

    private let bytes: [UInt8]
    private var offset = 0
    private var depth = 0
    /// Where the parser is (object keys and array indexes), for `numbersNotWrittenAsIntegers`.
    private var path: [JSONPathComponent] = []
    private var notIntegers: [WrittenNumber] = []

    /// A number as the file writes it, and where.
    public struct WrittenNumber: Sendable, Hashable {
        public let path: JSONPath
        public let text: String
    }
    private static let maximumDepth = 512
    /// The longest string a file may hold (8 MiB of UTF-8): no narrative, title or id comes
    /// near it, and a longer one is refused where it starts, before any work is done on it.
    public static let maximumStringBytes = 8 << 20

    private init(bytes: [UInt8]) { self.bytes = bytes }

    /// Parses a whole document; anything after the top-level value other than whitespace fails.
    public static func parse(_ bytes: [UInt8]) throws(Failure) -> JSONValue {
        try parseRecordingForms(bytes).value
    }

    /// Parses a whole document and also returns the places of numbers written with a fraction
    /// or an exponent (`1.0`, `1e0`): equal to integers once parsed, but not to a reader (such as
    /// Python's `json`) that keeps the written form.
    public static func parseRecordingForms(_ bytes: [UInt8]) throws(Failure) -> (value: JSONValue, numbersNotWrittenAsIntegers: [WrittenNumber]) {
        var parser = JSONParser(bytes: bytes)
        parser.skipWhitespace()
        if parser.offset >= bytes.count { throw parser.failure("the file is empty; expected a JSON value") }
        let value = try parser.parseValue()
        parser.skipWhitespace()
        if parser.offset < bytes.count {
            throw parser.failure("unexpected \(parser.describeCurrent()) after the end of the JSON value")
        }
        return (value, parser.notIntegers)
    }

    private mutating func parseValue() throws(Failure) -> JSONValue {
        guard offset < bytes.count else { throw failure("unexpected end of file; the JSON is truncated") }
        switch bytes[offset] {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): return try parseLiteral("true", .bool(true))
        case UInt8(ascii: "f"): return try parseLiteral("false", .bool(false))
        case UInt8(ascii: "n"): return try parseLiteral("null", .null)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
        default: throw failure("unexpected \(describeCurrent()); expected a JSON value")
        }
    }

    private mutating func parseObject() throws(Failure) -> JSONValue {
        try enter()
        offset += 1
        var object: [String: JSONValue] = [:]
        skipWhitespace()
        if peek() == UInt8(ascii: "}") {
            offset += 1
            depth -= 1
            return .object(object)
        }
        while true {
            skipWhitespace()
            guard peek() == UInt8(ascii: "\"") else {
                throw failure("unexpected \(describeCurrent()); expected a quoted field name")
            }
            let keyStart = offset
            let key = try parseString()
            if object[key] != nil {
                let place = TextPosition.lineAndColumn(of: keyStart, in: bytes)
                throw Failure(line: place.line, column: place.column, reason: "duplicate field \"\(key)\"")
            }
            skipWhitespace()
            try expect(UInt8(ascii: ":"), "':' after the field name")
            skipWhitespace()
            path.append(.key(key))
            object[key] = try parseValue()
            path.removeLast()
            skipWhitespace()
            if peek() == UInt8(ascii: ",") {
                offset += 1
                continue
            }
            try expect(UInt8(ascii: "}"), "',' or '}' in the object")
            depth -= 1
            return .object(object)
        }
    }

    private mutating func parseArray() throws(Failure) -> JSONValue {
        try enter()
        offset += 1
        var array: [JSONValue] = []
        skipWhitespace()
        if peek() == UInt8(ascii: "]") {
            offset += 1
            depth -= 1
            return .array(array)
        }
        while true {
            skipWhitespace()
            path.append(.index(array.count))
            array.append(try parseValue())
            path.removeLast()
            skipWhitespace()
            if peek() == UInt8(ascii: ",") {
                offset += 1
                continue
            }
            try expect(UInt8(ascii: "]"), "',' or ']' in the array")
            depth -= 1
            return .array(array)
        }
    }

    private mutating func parseString() throws(Failure) -> String {
        let start = offset
        offset += 1
        var scalars: [UInt8] = []
        while offset < bytes.count {
            if scalars.count > Self.maximumStringBytes {
                offset = start
                throw failure("a string longer than \(Self.maximumStringBytes >> 20) MiB; no field needs one so long")
            }
            let byte = bytes[offset]
            switch byte {
            case UInt8(ascii: "\""):
                offset += 1
                return String(decoding: scalars, as: UTF8.self)
            case UInt8(ascii: "\\"):
                try parseEscape(into: &scalars)
            case 0..<0x20:
                throw failure("control character in a string; escape it (for a line break use \\n)")
            default:
                scalars.append(byte)
                offset += 1
            }
        }
        throw failure("unexpected end of file inside a string; the JSON is truncated")
    }

    private mutating func parseEscape(into scalars: inout [UInt8]) throws(Failure) {
        offset += 1
        guard offset < bytes.count else { throw failure("unexpected end of file in an escape sequence") }
        let simple: [UInt8: UInt8] = [
            UInt8(ascii: "\""): UInt8(ascii: "\""), UInt8(ascii: "\\"): UInt8(ascii: "\\"),
            UInt8(ascii: "/"): UInt8(ascii: "/"), UInt8(ascii: "b"): 0x08, UInt8(ascii: "f"): 0x0C,
            UInt8(ascii: "n"): 0x0A, UInt8(ascii: "r"): 0x0D, UInt8(ascii: "t"): 0x09,
        ]
        if let replacement = simple[bytes[offset]] {
            scalars.append(replacement)
            offset += 1
            return
        }
        guard bytes[offset] == UInt8(ascii: "u") else {
            throw failure("invalid escape sequence \\\(describeCurrent())")
        }
        offset += 1
        var code = try parseHex4()
        if (0xD800..<0xDC00).contains(code), peek() == UInt8(ascii: "\\"),
            offset + 1 < bytes.count, bytes[offset + 1] == UInt8(ascii: "u")
        {
            offset += 2
            let low = try parseHex4()
            guard (0xDC00..<0xE000).contains(low) else { throw failure("invalid surrogate pair in \\u escape") }
            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
        }
        guard let scalar = Unicode.Scalar(code) else { throw failure("invalid \\u escape: not a Unicode scalar") }
        scalars.append(contentsOf: Array(String(Character(scalar)).utf8))
    }

    private mutating func parseHex4() throws(Failure) -> UInt32 {
        guard offset + 4 <= bytes.count else { throw failure("unexpected end of file in a \\u escape") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let digit = Self.hexValue(bytes[offset]) else {
                throw failure("invalid \\u escape: expected 4 hexadecimal digits")
            }
            value = value << 4 | digit
            offset += 1
        }
        return value
    }

    private static func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(byte - UInt8(ascii: "A") + 10)
        default: return nil
        }
    }

    private mutating func parseNumber() throws(Failure) -> JSONValue {
        let start = offset
        if peek() == UInt8(ascii: "-") { offset += 1 }
        guard let first = peek(), Self.isDigit(first) else { throw failure("invalid number: expected a digit") }
        if first == UInt8(ascii: "0"), let next = peekAt(offset + 1), Self.isDigit(next) {
            throw failure("invalid number: leading zeros are not allowed")
        }
        skipDigits()
        if peek() == UInt8(ascii: ".") {
            offset += 1
            guard let digit = peek(), Self.isDigit(digit) else { throw failure("invalid number: expected a digit after '.'") }
            skipDigits()
        }
        if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E") {
            offset += 1
            if peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-") { offset += 1 }
            guard let digit = peek(), Self.isDigit(digit) else { throw failure("invalid number: expected an exponent") }
            skipDigits()
        }
        let text = String(decoding: bytes[start..<offset], as: UTF8.self)
        if bytes[start..<offset].contains(where: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }) {
            notIntegers.append(WrittenNumber(path: JSONPath(path), text: String(text.prefix(40))))
        }
        guard let number = Double(text), number.isFinite else { throw failure("invalid number \(text)") }
        return .number(number)
    }

    private mutating func parseLiteral(_ word: String, _ value: JSONValue) throws(Failure) -> JSONValue {
        for expected in word.utf8 {
            guard peek() == expected else {
                throw failure("unexpected \(describeCurrent()); expected \(word) or a quoted string")
            }
            offset += 1
        }
        return value
    }

    // MARK: - Helpers

    private mutating func enter() throws(Failure) {
        depth += 1
        if depth > Self.maximumDepth { throw failure("the JSON is nested more than \(Self.maximumDepth) levels deep") }
    }

    private mutating func expect(_ byte: UInt8, _ what: String) throws(Failure) {
        guard offset < bytes.count else { throw failure("unexpected end of file; expected \(what); the JSON is truncated") }
        guard bytes[offset] == byte else { throw failure("unexpected \(describeCurrent()); expected \(what)") }
        offset += 1
    }

    private mutating func skipWhitespace() {
        while offset < bytes.count {
            switch bytes[offset] {
            case 0x20, 0x09, 0x0A, 0x0D: offset += 1
            default: return
            }
        }
    }

    private mutating func skipDigits() {
        while let byte = peek(), Self.isDigit(byte) { offset += 1 }
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    private func peek() -> UInt8? { offset < bytes.count ? bytes[offset] : nil }
    private func peekAt(_ index: Int) -> UInt8? { index < bytes.count ? bytes[index] : nil }

    private func describeCurrent() -> String {
        guard offset < bytes.count else { return "end of file" }
        let byte = bytes[offset]
        if byte >= 0x21 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
        let hex = String(byte, radix: 16, uppercase: true)
        return "byte 0x" + (hex.count == 1 ? "0" + hex : hex)
    }

    private func failure(_ reason: String) -> Failure {
        let place = TextPosition.lineAndColumn(of: offset, in: bytes)
        return Failure(line: place.line, column: place.column, reason: reason)
    }
}
