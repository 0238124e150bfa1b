/// A command line that cannot be run; printed as `Error: ...`, the usage line and a pointer
/// to `--help`, with exit code 64.
public struct UsageError: Error, Sendable, Equatable {
    public var message: String
    public var command: String

    public init(_ message: String, command: String) {
        self.message = message
        self.command = command
    }
}
