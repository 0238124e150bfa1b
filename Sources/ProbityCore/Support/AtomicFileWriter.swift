import Foundation

/// Writes files the safe way: to a temporary file beside the target, then moved into place, so
/// a reader never sees half a file; and never over an existing file unless asked.
///
/// Without `overwrite` the target is created exclusively: the finished temporary file is
/// hard-linked to the target name, which fails if any file has that name by then, so two runs
/// writing the same new file cannot both succeed (there is no check-then-rename window).
/// Temporary files are named `.probity-tmp-<pid>-<random>-<name>`; each write first removes
/// those whose process is no longer running (left by `kill -9` or a power cut), and
/// `TemporaryFiles` removes a run's own on SIGINT or SIGTERM.
public enum AtomicFileWriter {
    public static let temporaryPrefix = ".probity-tmp-"

    public static func write(_ text: String, to path: String, overwrite: Bool) throws(ProbityError) {
        try write(Array(text.utf8), to: path, overwrite: overwrite)
    }

    public static func write(_ bytes: [UInt8], to path: String, overwrite: Bool) throws(ProbityError) {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: path, isDirectory: &isDirectory) {
            if isDirectory.boolValue { throw .writeFailed(file: path, reason: "it is a directory") }
            if !overwrite { throw .fileExists(file: path) }
        }
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent()
        guard manager.fileExists(atPath: directory.path) else {
            throw .writeFailed(file: path, reason: "the directory \(directory.path) does not exist")
        }
        removeStaleTemporaries(in: directory.path)
        let random = UUID().uuidString.prefix(8).lowercased()
        let temporary = directory.appendingPathComponent("\(temporaryPrefix)\(getpid())-\(random)-\(url.lastPathComponent)").path
        TemporaryFiles.shared.register(temporary)
        defer { TemporaryFiles.shared.unregister(temporary) }
        do {
            try writeNew(bytes, to: temporary)
            try moveIntoPlace(temporary, url.path, overwrite: overwrite)
        } catch {
            unlink(temporary)
            if case .fileExists = error { throw .fileExists(file: path) }
            throw .writeFailed(file: path, reason: reasonText(error))
        }
    }

    /// Removes `.probity-tmp-<pid>-...` files in `directory` whose process has ended.
    public static func removeStaleTemporaries(in directory: String) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return }
        for name in names where name.hasPrefix(temporaryPrefix) {
            let rest = name.dropFirst(temporaryPrefix.count)
            guard let dash = rest.firstIndex(of: "-"), let pid = pid_t(rest[..<dash]), pid > 0, pid != getpid() else { continue }
            if kill(pid, 0) != 0 && errno == ESRCH {
                unlink((directory as NSString).appendingPathComponent(name))
            }
        }
    }

    private static func writeNew(_ bytes: [UInt8], to path: String) throws(ProbityError) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw .writeFailed(file: path, reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { buffer in
                Foundation.write(descriptor, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
            }
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else { throw .writeFailed(file: path, reason: String(cString: strerror(errno))) }
            offset += written
        }
        guard fsync(descriptor) == 0 || errno == EINVAL else { throw .writeFailed(file: path, reason: String(cString: strerror(errno))) }
    }

    /// `rename` when replacing is allowed; otherwise `link` (fails if the name exists) then
    /// removing the temporary name. On a file system without hard links, the target is created
    /// with `O_EXCL` first and the temporary renamed over it, still exclusive.
    private static func moveIntoPlace(_ temporary: String, _ target: String, overwrite: Bool) throws(ProbityError) {
        if overwrite {
            guard rename(temporary, target) == 0 else { throw .writeFailed(file: target, reason: String(cString: strerror(errno))) }
            return
        }
        if link(temporary, target) == 0 {
            unlink(temporary)
            return
        }
        if errno == EEXIST { throw .fileExists(file: target) }
        guard errno == EPERM || errno == ENOTSUP || errno == EOPNOTSUPP || errno == EMLINK else {
            throw .writeFailed(file: target, reason: String(cString: strerror(errno)))
        }
        let claim = open(target, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard claim >= 0 else {
            if errno == EEXIST { throw .fileExists(file: target) }
            throw .writeFailed(file: target, reason: String(cString: strerror(errno)))
        }
        close(claim)
        guard rename(temporary, target) == 0 else { throw .writeFailed(file: target, reason: String(cString: strerror(errno))) }
    }

    private static func reasonText(_ error: ProbityError) -> String {
        if case .writeFailed(_, let reason) = error { return reason }
        return error.message
    }
}
