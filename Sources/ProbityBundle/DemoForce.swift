import Foundation
import ProbityCore

/// The bundled example force, Northshire Constabulary (fictional; synthetic figures): its 2011
/// and 2012 assessments and the 2012 register exports, as in `docs/examples/`.
public enum DemoForce {
    /// The assessments, oldest first, as paths under the demo directory.
    public static let assessments = ["northshire-2011.json", "northshire-2012.json"]

    /// Every demo file: path under `docs/examples` and its text.
    public static var files: [(path: String, text: String)] { DemoFiles.files }

    /// Writes the demo files into `directory` (created if needed), never replacing a file
    /// unless `overwrite`. Returns the paths written.
    @discardableResult
    public static func write(to directory: String, overwrite: Bool) throws(ProbityError) -> [String] {
        var written: [String] = []
        for file in files {
            let path = (directory as NSString).appendingPathComponent(file.path)
            let folder = (path as NSString).deletingLastPathComponent
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw .writeFailed(file: folder, reason: error.localizedDescription)
            }
            try AtomicFileWriter.write(file.text + "\n", to: path, overwrite: overwrite)
            written.append(path)
        }
        return written
    }
}
