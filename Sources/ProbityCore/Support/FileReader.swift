import Foundation

/// Reads whole files, turning every failure into a `ProbityError` that names the file.
public enum FileReader {
    public static func readBytes(path: String, displayName: String? = nil) throws(ProbityError) -> [UInt8] {
        let name = displayName ?? path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .fileNotFound(file: name)
        }
        if isDirectory.boolValue { throw .unreadable(file: name, reason: "it is a directory") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .unreadable(file: name, reason: "permission denied or I/O error")
        }
        return [UInt8](data)
    }
}
