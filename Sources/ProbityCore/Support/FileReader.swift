import Foundation

/// Reads whole files, turning every failure into a `ProbityError` that names the file. Only
/// regular files are read, and only up to `maximumBytes`: a device (`/dev/zero`,
/// `/dev/urandom`), a FIFO or a huge file is refused instead of read without end.
public enum FileReader {
    /// The largest JSON input read (assessments, checklists, logs and plans are kilobytes).
    public static let maximumBytes = 64 << 20

    public static func readBytes(path: String, displayName: String? = nil, maximumBytes: Int = maximumBytes) throws(ProbityError) -> [UInt8] {
        let name = displayName ?? path
        var status = stat()
        guard stat(path, &status) == 0 else {
            if errno == ENOENT || errno == ENOTDIR { throw .fileNotFound(file: name) }
            throw .unreadable(file: name, reason: String(cString: strerror(errno)))
        }
        switch status.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw .unreadable(file: name, reason: "it is a directory")
        default: throw .unreadable(file: name, reason: "it is not a regular file")
        }
        guard Int(status.st_size) <= maximumBytes else {
            throw .unreadable(file: name, reason: "it is larger than \(maximumBytes >> 20) MiB")
        }
        guard let data = FileManager.default.contents(atPath: path), data.count <= maximumBytes else {
            throw .unreadable(file: name, reason: "permission denied or I/O error")
        }
        return [UInt8](data)
    }
}
