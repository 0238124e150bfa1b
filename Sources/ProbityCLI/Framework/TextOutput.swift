import Foundation
import ProbityCore
import Synchronization

/// Where a command writes: standard output or error, or a buffer in tests. Output is bytes
/// (a rendered format may be binary); text is written as UTF-8.
public protocol TextOutput: AnyObject, Sendable {
    func write(bytes: [UInt8])
    /// Whether a person is watching (a terminal), for progress display.
    var isTerminal: Bool { get }
}

extension TextOutput {
    public func write(_ text: String) { write(bytes: Array(text.utf8)) }
}

/// A file descriptor of the process (1 or 2).
public final class FileDescriptorOutput: TextOutput {
    let descriptor: Int32

    public init(descriptor: Int32) { self.descriptor = descriptor }

    public func write(bytes: [UInt8]) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { buffer in
                Foundation.write(descriptor, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
            }
            if written <= 0 { return }
            offset += written
        }
    }

    public var isTerminal: Bool { isatty(descriptor) == 1 }
}

/// Collects output in memory (tests).
public final class BufferOutput: TextOutput {
    private let storage = Mutex<[UInt8]>([])
    public let isTerminal: Bool

    public init(isTerminal: Bool = false) { self.isTerminal = isTerminal }

    public func write(bytes: [UInt8]) {
        storage.withLock { $0 += bytes }
    }

    /// Everything written, as bytes.
    public var bytes: [UInt8] { storage.withLock { $0 } }

    /// Everything written, as UTF-8 text.
    public var text: String { String(decoding: bytes, as: UTF8.self) }
}

/// Another output with every write made safe for a terminal (`TerminalText.sanitise`): control
/// characters and bidirectional overrides shown as `<U+001B>`, line feeds, tabs and CR LF kept.
///
/// For messages (standard error), `lineLimit` also clips any line longer than that many bytes to
/// its start and end, so a value of megabytes quoted in an error (`found "BBBB…"`) cannot bury
/// the terminal: the place and the message stay, the middle is counted.
public final class SanitisedOutput: TextOutput {
    let base: any TextOutput
    let lineLimit: Int?

    public init(_ base: any TextOutput, lineLimit: Int? = nil) {
        self.base = base
        self.lineLimit = lineLimit
    }

    /// Text is made safe; bytes that are not UTF-8 (a binary format) pass through to a pipe or
    /// file untouched, and are not shown on a terminal at all.
    public func write(bytes: [UInt8]) {
        guard let text = String(validating: bytes, as: UTF8.self) else {
            if base.isTerminal {
                base.write(bytes: Array("(binary output is not shown on a terminal; write it to a file with -o FILE)\n".utf8))
            } else {
                base.write(bytes: bytes)
            }
            return
        }
        let safe = Self.sanitise(text)
        base.write(bytes: Array((lineLimit.map { TerminalText.clipLongLines(safe, limit: $0) } ?? safe).utf8))
    }

    /// A carriage return at the very start or end of a write is Probity's own (the progress
    /// line redraws itself); anywhere else it came from a file and is shown.
    static func sanitise(_ text: String) -> String {
        var scalars = Substring(text).unicodeScalars
        var lead = "", trail = ""
        while scalars.first == "\r" { lead += "\r"; scalars.removeFirst() }
        while scalars.last == "\r" { trail += "\r"; scalars.removeLast() }
        return lead + TerminalText.sanitise(String(scalars)) + trail
    }

    public var isTerminal: Bool { base.isTerminal }
}
