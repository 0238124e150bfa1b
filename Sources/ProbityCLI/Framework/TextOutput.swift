import Foundation
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
