import Foundation

/// An exclusive advisory lock (`flock`) on the folder that holds a file, for a
/// read-check-write cycle that must not interleave with another process's: `moderate` holds it
/// from reading the log's head to writing the new log, so two inspectors moderating at once
/// append one after the other and no entry is lost. The folder, not the file, is locked because
/// the file is replaced by a rename, which would leave a lock on the old file behind. The lock
/// is released when the value is released or the process ends (even by `kill -9`).
public final class FolderLock: Sendable {
    private let descriptor: Int32

    private init(descriptor: Int32) { self.descriptor = descriptor }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }

    /// Waits up to `timeout` seconds for the lock on the folder of `path`; `file` names the file
    /// in messages.
    public static func acquire(folderOf path: String, file: String, timeout: Double = 30) throws(ProbityError) -> FolderLock {
        let folder = (path as NSString).deletingLastPathComponent
        let descriptor = open(folder.isEmpty ? "." : folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw .writeFailed(file: file, reason: "cannot open its folder to lock it: \(String(cString: strerror(errno)))")
        }
        let deadline = Date().addingTimeInterval(timeout)
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR, Date() < deadline else {
                close(descriptor)
                throw .writeFailed(file: file, reason: "another probity run has held the lock on its folder for \(Words.count(Int(timeout), "second")); nothing was written, try again")
            }
            usleep(10_000)
        }
        return FolderLock(descriptor: descriptor)
    }
}
