import Foundation

/// Checks a file an input names (an assessment's `registers.hospitality`, its column mapping or
/// rules) before anything reads it: after following every symbolic link and `..`, it must lie
/// inside the assessment's folder or a folder the user allowed on the command line, be a
/// regular file (not `/dev/zero`, a FIFO or a directory) and be no larger than a limit. A
/// hostile assessment therefore cannot make Probity open `/etc/passwd` or `/proc/self/environ`,
/// and the messages quote only the name the assessment wrote, clipped and sanitised.
public struct ContainedFile: Sendable {
    /// The folders files may be read from, each resolved to its real path.
    public let folders: [String]
    /// The assessment's folder as given, before links are resolved.
    let given: String

    /// `base` is the assessment's folder; `allowed` are further folders given on the command line.
    public init(base: String, allowed: [String] = []) {
        given = base.isEmpty ? "." : base
        folders = ([base] + allowed).compactMap(Self.realPath)
    }

    /// The real path of the file `name` (relative to the first folder) names, or an error at
    /// `file: path` that says why it may not be read.
    public func resolve(_ name: String, file: String, path: JSONPath, maximumBytes: Int) throws(ProbityError) -> String {
        let shown = "\"\(TerminalText.excerpt(name, limit: 60))\""
        guard let base = folders.first else { throw .invalidValue(file: file, path: path, reason: "the assessment's folder cannot be read") }
        let joined = name.hasPrefix("/") ? name : (base as NSString).appendingPathComponent(name)
        let outside = ProbityError.invalidValue(
            file: file, path: path,
            reason: "\(shown) is outside the assessment's folder; copy the file there, or allow its folder with --allow-folder DIR")
        guard let real = Self.realPath(joined) else {
            // A missing file is judged by its name alone: one that climbs out of the folder is
            // outside it whether or not it exists there, so the answer never depends on where
            // the folder happens to sit.
            if !isInside(Self.lexical(joined)) { throw outside }
            throw .invalidValue(
                file: file, path: path,
                reason: "no such file \(shown) in \(shownFolder); the path is relative to the folder of the file that names it")
        }
        guard isInside(real) else { throw outside }
        var status = stat()
        guard stat(real, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else {
            throw .invalidValue(file: file, path: path, reason: "\(shown) is not a regular file")
        }
        guard Int(status.st_size) <= maximumBytes else {
            throw .invalidValue(file: file, path: path, reason: "\(shown) is larger than \(maximumBytes / 1_048_576) MiB")
        }
        return real
    }

    /// The assessment's folder as the user knows it, for messages.
    var shownFolder: String { "\"\(TerminalText.excerpt(given, limit: 120))\"" }

    func isInside(_ path: String) -> Bool {
        folders.contains { path == $0 || path.hasPrefix($0.hasSuffix("/") ? $0 : $0 + "/") }
    }

    /// The path with `.` and `..` removed by their names, without touching the file system; the
    /// folders' symbolic links are resolved first, so it compares with `folders`.
    static func lexical(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == ".." { _ = parts.popLast() } else { parts.append(part) }
        }
        let joined = "/" + parts.joined(separator: "/")
        // Resolve the longest existing prefix so a symlinked folder compares equal.
        var prefix = joined
        var rest: [String] = []
        while prefix != "/", realPath(prefix) == nil {
            rest.insert((prefix as NSString).lastPathComponent, at: 0)
            prefix = (prefix as NSString).deletingLastPathComponent
        }
        let base = realPath(prefix) ?? prefix
        return rest.reduce(base) { ($0 as NSString).appendingPathComponent($1) }
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
