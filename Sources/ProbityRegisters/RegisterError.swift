import Foundation
import ProbityCore

/// Everything that can go wrong reading registers, rules or mappings.
/// `message` is the one line a person reads: `file:line:column: what is wrong`.
public enum RegisterError: Error, Sendable, Hashable {
    case unreadableFile(file: String, reason: String)
    case emptyFile(file: String)
    case invalidUTF8(SourceLocation, byte: UInt8)
    case unterminatedQuote(SourceLocation)
    case quoteInUnquotedField(SourceLocation)
    case textAfterClosingQuote(SourceLocation)
    case wrongFieldCount(SourceLocation, expected: Int, found: Int)
    case cellTooLong(SourceLocation, bytes: Int, limit: Int)
    case missingColumn(file: String, column: String, header: String)
    case duplicateColumn(SourceLocation, header: String)
    case emptyValue(SourceLocation, column: String)
    case invalidDate(SourceLocation, column: String, value: String)
    case invalidAmount(SourceLocation, column: String, value: String)
    case invalidConfiguration(file: String, path: String, problem: String)
    case invalidArgument(String)

    /// The location in a register file, when the problem has one.
    public var location: SourceLocation? {
        switch self {
        case .invalidUTF8(let at, _), .unterminatedQuote(let at), .quoteInUnquotedField(let at),
             .textAfterClosingQuote(let at), .wrongFieldCount(let at, _, _), .duplicateColumn(let at, _),
             .cellTooLong(let at, _, _),
             .emptyValue(let at, _), .invalidDate(let at, _, _), .invalidAmount(let at, _, _):
            return at
        case .missingColumn(let file, _, _), .emptyFile(let file):
            return SourceLocation(file: file, line: 1, column: 1)
        case .unreadableFile, .invalidConfiguration, .invalidArgument:
            return nil
        }
    }

    /// What is wrong, without the location prefix.
    public var problem: String {
        switch self {
        case .unreadableFile(_, let reason): return "cannot read file: \(reason)"
        case .emptyFile: return "file is empty: expected a header row"
        case .invalidUTF8(_, let byte): return "invalid UTF-8 (byte 0x\(String(byte, radix: 16, uppercase: true))); save the file as UTF-8"
        case .unterminatedQuote: return "quoted field is never closed (missing '\"')"
        case .quoteInUnquotedField: return "'\"' inside an unquoted field; quote the whole field and double the '\"'"
        case .textAfterClosingQuote: return "text after a closing quote; a quoted field must end at ',' or the line end"
        case .wrongFieldCount(_, let expected, let found): return "expected \(Words.count(expected, "field")) as in the header, found \(found)"
        case .cellTooLong(_, let bytes, let limit):
            return "cell longer than \(limit / 1024) KiB (\(bytes) bytes, limit \(limit)); "
                + "a register cell holds a name, id, date, amount or short text, so check the export and its quoting"
        case .missingColumn(_, let column, let header):
            return header == column ? "missing required column \"\(column)\""
                : "missing required column \"\(column)\" (mapped from \"\(header)\")"
        case .duplicateColumn(_, let header): return "column \"\(header)\" appears twice in the header"
        case .emptyValue(_, let column): return "empty value in required column \"\(column)\""
        case .invalidDate(_, let column, let value):
            return "invalid date \"\(value)\" in column \"\(column)\" (expected YYYY-MM-DD or DD/MM/YYYY)"
        case .invalidAmount(_, let column, let value):
            return "invalid amount \"\(value)\" in column \"\(column)\" (expected a number such as 1234.50)"
        case .invalidConfiguration(_, let path, let problem): return path.isEmpty ? problem : "\(path): \(problem)"
        case .invalidArgument(let text): return text
        }
    }

    /// `file:line:column: what is wrong` (or `file: what is wrong` when there is no line).
    public var message: String {
        if let location { return "\(location.description): \(problem)" }
        switch self {
        case .unreadableFile(let file, _), .invalidConfiguration(let file, _, _): return "\(file): \(problem)"
        default: return problem
        }
    }
}

extension RegisterError: CustomStringConvertible {
    public var description: String { message }
}
