import Foundation

/// Writes files the safe way: to a temporary file beside the target, then renamed over it,
/// so a reader never sees half a file; and never over an existing file unless asked.
public enum AtomicFileWriter {
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
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
        do {
            try Data(bytes).write(to: temporary)
        } catch {
            try? manager.removeItem(at: temporary)
            throw .writeFailed(file: path, reason: error.localizedDescription)
        }
        guard rename(temporary.path, url.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? manager.removeItem(at: temporary)
            throw .writeFailed(file: path, reason: reason)
        }
    }
}
