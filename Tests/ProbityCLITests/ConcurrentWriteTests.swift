import Foundation
import ProbityCLI
import ProbityCore
import Synchronization
import Testing

/// Concurrent writers through the real binary: two `probity moderate` runs on one log both
/// land (the folder lock serialises them), two `-o` runs to one new file cannot both succeed
/// (exclusive create), and temporary files of dead runs are cleaned up.
@Suite(.serialized) struct ConcurrentWriteTests {
    /// The `probity` built beside the test bundle.
    static let binary: URL? = {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("probity"),
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("probity"),
            CLIHarness.packageRoot.appendingPathComponent(".build/debug/probity"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    static func start(_ arguments: [String], in directory: URL) throws -> Process {
        let process = Process()
        process.executableURL = binary ?? URL(fileURLWithPath: "/nonexistent/probity")
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    @Test(.enabled(if: binary != nil)) func twoInspectorsModeratingAtOnceLoseNothing() throws {
        for trial in 1...20 {
            let workspace = try ModerationWorkspace()
            let runs = try [("A. Inspector", "MR-02"), ("B. Moderator", "MR-03")].map { name, item in
                try Self.start(["moderate", "assessment.json", "--moderation", "mod.json", "--moderator", name,
                                "--item", item, "--status", "met", "--rationale", "Seen at trial \(trial)."], in: workspace.directory)
            }
            runs.forEach { $0.waitUntilExit() }
            #expect(runs.map(\.terminationStatus) == [0, 0], "trial \(trial)")
            let log = try ModerationLogDocument.load(path: workspace.url("mod.json").path)
            #expect(log.log.entries.count == 2, "trial \(trial): an entry was lost")
            #expect(workspace.run(["verify", "assessment.json", "mod.json"]).code == 0, "trial \(trial)")
            let leftovers = try FileManager.default.contentsOfDirectory(atPath: workspace.directory.path).filter { $0.hasPrefix(".probity-tmp-") }
            #expect(leftovers.isEmpty)
        }
    }

    @Test(.enabled(if: binary != nil)) func twoRunsWritingOneNewFileCannotBothSucceed() throws {
        for trial in 1...20 {
            let workspace = try ModerationWorkspace()
            let runs = try (1...2).map { _ in try Self.start(["report", "assessment.json", "-o", "out.html"], in: workspace.directory) }
            runs.forEach { $0.waitUntilExit() }
            #expect(runs.map(\.terminationStatus).sorted() == [0, 1], "trial \(trial): both runs wrote out.html")
        }
    }

    @Test func exclusiveCreateAcrossThreadsHasOneWinner() throws {
        let directory = try CLIHarness.temporaryDirectory()
        for trial in 1...20 {
            let path = directory.appendingPathComponent("out-\(trial).txt").path
            let outcomes = Mutex<[Bool]>([])
            DispatchQueue.concurrentPerform(iterations: 4) { index in
                do {
                    try AtomicFileWriter.write("writer \(index)\n", to: path, overwrite: false)
                    outcomes.withLock { $0.append(true) }
                } catch {
                    #expect(error as? ProbityError == .fileExists(file: path))
                    outcomes.withLock { $0.append(false) }
                }
            }
            let won = outcomes.withLock { $0 }
            #expect(won.filter { $0 }.count == 1, "trial \(trial)")
        }
    }

    @Test func temporariesOfDeadRunsAreRemovedAndLiveOnesKept() throws {
        let directory = try CLIHarness.temporaryDirectory()
        let finished = Process()
        finished.executableURL = URL(fileURLWithPath: "/bin/sh")
        finished.arguments = ["-c", "exit 0"]
        try finished.run()
        finished.waitUntilExit()
        let dead = directory.appendingPathComponent(".probity-tmp-\(finished.processIdentifier)-0123abcd-out.html")
        let live = directory.appendingPathComponent(".probity-tmp-\(getppid())-0123abcd-out.html")
        for url in [dead, live] { try Data("half a file".utf8).write(to: url) }
        try AtomicFileWriter.write("whole\n", to: directory.appendingPathComponent("out.html").path, overwrite: false)
        #expect(!FileManager.default.fileExists(atPath: dead.path), "a dead run's temporary file stays")
        #expect(FileManager.default.fileExists(atPath: live.path), "a running process's temporary file was removed")
    }

    @Test func aSignalRemovesTheRunsTemporaries() throws {
        let directory = try CLIHarness.temporaryDirectory()
        let path = directory.appendingPathComponent(".probity-tmp-\(getpid())-feedbeef-out.html").path
        try Data("partial".utf8).write(to: URL(fileURLWithPath: path))
        TemporaryFiles.shared.register(path)
        TemporaryFiles.shared.removeAll()
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func anEntryCannotGoBackInTime() throws {
        let workspace = try ModerationWorkspace()
        #expect(workspace.moderate(ModerationWorkspace.standardEntries[0]).code == 0)
        let stdout = BufferOutput(), stderr = BufferOutput()
        let earlier = CommandContext(stdout: stdout, stderr: stderr, workingDirectory: workspace.directory.path,
                                     version: "0.0.0-test", now: CLIHarness.fixedTime.addingTimeInterval(-86_400))
        let code = CommandLineTool.run(["moderate", "assessment.json", "--moderation", "mod.json"] + ModerationWorkspace.standardEntries[1], earlier)
        #expect(code == 1)
        #expect(stderr.text.hasPrefix("Error: mod.json: entries[0].date: the last entry is dated 2026-01-01, after today (2025-12-31)"), "\(stderr.text)")
    }
}
