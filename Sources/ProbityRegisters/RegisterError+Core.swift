import ProbityCore

extension RegisterError {
    /// A problem the core's JSON reading found in a rules or mapping file: one at a key path is
    /// `file: path: problem`; malformed JSON keeps the core's `file:line:column: ...` message.
    init(_ error: ProbityError, file: String) {
        if case .invalidValue(_, let path, let reason) = error {
            self = .invalidConfiguration(file: file, path: path.components.isEmpty ? "" : path.description, problem: reason)
        } else {
            self = .invalidArgument(error.message)
        }
    }
}
