/// The process exit codes, documented in the README.
public enum ExitCode: Int32, Sendable {
    /// Success.
    case success = 0
    /// The input has errors (invalid file, failed validation, detected tampering, overdue plan actions).
    case failure = 1
    /// The command line is wrong (unknown option, missing argument).
    case usage = 64
}
