/// A row left out under `--skip-bad-rows`, with the reason it was left out.
public struct SkippedRow: Sendable, Hashable, Codable {
    public var file: String
    public var line: Int
    public var message: String

    public init(file: String, line: Int, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    init(_ error: RegisterError, fallbackFile: String, fallbackLine: Int) {
        self.init(file: error.location?.file ?? fallbackFile,
                  line: error.location?.line ?? fallbackLine, message: error.message)
    }
}
