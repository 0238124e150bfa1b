import Foundation
import Synchronization

/// The temporary files this process is writing, so that a signal handler can remove them
/// before the process ends (`AtomicFileWriter` registers each while it exists).
public final class TemporaryFiles: Sendable {
    public static let shared = TemporaryFiles()

    private let paths = Mutex<Set<String>>([])

    public func register(_ path: String) { paths.withLock { _ = $0.insert(path) } }

    public func unregister(_ path: String) { paths.withLock { _ = $0.remove(path) } }

    /// Removes every registered file (on SIGINT or SIGTERM).
    public func removeAll() {
        let current = paths.withLock { paths in
            defer { paths.removeAll() }
            return paths
        }
        for path in current { unlink(path) }
    }
}
