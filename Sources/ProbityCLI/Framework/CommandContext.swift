import Foundation
import ProbityCore

/// What a command runs with: its output streams, the working directory, and the injected
/// version and time (so output is reproducible in tests).
public struct CommandContext: Sendable {
    public var stdout: any TextOutput
    public var stderr: any TextOutput
    public var workingDirectory: String
    public var version: String
    public var now: Date
    /// Where `../shared/bench` style resources would be looked up (unused by most commands).
    public var environment: [String: String]

    public init(stdout: any TextOutput, stderr: any TextOutput, workingDirectory: String,
                version: String = ProbityVersion.current, now: Date = Date(), environment: [String: String] = [:]) {
        self.stdout = stdout
        self.stderr = stderr
        self.workingDirectory = workingDirectory
        self.version = version
        self.now = now
        self.environment = environment
    }

    /// The real process streams and working directory.
    public static func standard() -> CommandContext {
        CommandContext(stdout: FileDescriptorOutput(descriptor: 1), stderr: FileDescriptorOutput(descriptor: 2),
                       workingDirectory: FileManager.default.currentDirectoryPath,
                       environment: ProcessInfo.processInfo.environment)
    }

    /// A path as the user gave it, resolved against the working directory.
    public func resolve(_ path: String) -> String {
        if path.hasPrefix("/") { return path }
        return (workingDirectory as NSString).appendingPathComponent(path)
    }

    /// Today's date (UTC) from the injected time.
    public var today: LocalDate {
        LocalDate(daysSinceEpoch: Int((now.timeIntervalSince1970 / 86_400).rounded(.down)))
    }
}

public enum ProbityVersion {
    public static let current = "0.1.0"
}
