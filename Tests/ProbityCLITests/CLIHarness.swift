import Foundation
import ProbityCLI

/// Runs `probity` in-process with captured streams, a fixed version and a fixed time.
struct CLIRun {
    let code: Int32
    let stdout: String
    let stderr: String

    var stderrLines: [String] { stderr.split(separator: "\n").map(String.init) }
}

enum CLIHarness {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    /// 2026-01-01T00:00:00Z
    static let fixedTime = Date(timeIntervalSince1970: 1_767_225_600)

    static func run(_ arguments: [String], in directory: URL = fixtures, isTerminal: Bool = false) -> CLIRun {
        let stdout = BufferOutput()
        let stderr = BufferOutput(isTerminal: isTerminal)
        let context = CommandContext(stdout: stdout, stderr: stderr, workingDirectory: directory.path,
                                     version: "0.0.0-test", now: fixedTime)
        let code = CommandLineTool.run(arguments, context)
        return CLIRun(code: code, stdout: stdout.text, stderr: stderr.text)
    }

    /// A fresh empty directory for a test's outputs.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("probity-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
