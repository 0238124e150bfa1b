import Foundation
import ProbityCore
import Synchronization

/// Where a command writes: standard output or error, or a buffer in tests.
public protocol TextOutput: AnyObject, Sendable {
    func write(_ text: String)
    /// Whether a person is watching (a terminal), for progress display.
    var isTerminal: Bool { get }
}

/// A file descriptor of the process (1 or 2).
public final class FileDescriptorOutput: TextOutput {
    let descriptor: Int32

    public init(descriptor: Int32) { self.descriptor = descriptor }

    public func write(_ text: String) {
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeMutableBytes { buffer in
                Foundation.write(descriptor, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
            }
            if written <= 0 { return }
            offset += written
        }
        bytes.removeAll()
    }

    public var isTerminal: Bool { isatty(descriptor) == 1 }
}

/// Collects output in memory (tests).
public final class BufferOutput: TextOutput {
    private let storage = Mutex("")
    public let isTerminal: Bool

    public init(isTerminal: Bool = false) { self.isTerminal = isTerminal }

    public func write(_ text: String) {
        storage.withLock { $0 += text }
    }

    public var text: String { storage.withLock { $0 } }
}

/// Another output with every write made safe for a terminal (`TerminalText.sanitise`): control
/// characters and bidirectional overrides shown as `<U+001B>`, line feeds, tabs and CR LF kept.
public final class SanitisedOutput: TextOutput {
    let base: any TextOutput

    public init(_ base: any TextOutput) { self.base = base }

    /// A carriage return at the very start or end of a write is Probity's own (the progress
    /// line redraws itself); anywhere else it came from a file and is shown.
    public func write(_ text: String) {
        var scalars = Substring(text).unicodeScalars
        var lead = "", trail = ""
        while scalars.first == "\r" { lead += "\r"; scalars.removeFirst() }
        while scalars.last == "\r" { trail += "\r"; scalars.removeLast() }
        base.write(lead + TerminalText.sanitise(String(scalars)) + trail)
    }

    public var isTerminal: Bool { base.isTerminal }
}
