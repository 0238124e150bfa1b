import ProbityReports

/// A command's name, purpose, options and arguments.
public struct CommandSpec: Sendable {
    /// `["checklist", "show"]`
    public var path: [String]
    public var abstract: String
    public var discussion: String?
    public var options: [OptionSpec]
    public var arguments: [ArgumentSpec]

    public init(_ path: [String], abstract: String, discussion: String? = nil,
                options: [OptionSpec] = [], arguments: [ArgumentSpec] = []) {
        self.path = path
        self.abstract = abstract
        self.discussion = discussion
        self.options = options
        self.arguments = arguments
    }

    public var name: String { path.joined(separator: " ") }

    /// Options every command accepts.
    static let standardOptions = [OptionSpec.flag("--help", short: "-h", "Show help for this command.")]

    var allOptions: [OptionSpec] { options + Self.standardOptions }

    public var usageLine: String {
        let options = self.options.map { option in
            "[\(option.usage)]"
        }
        return (["probity", name] + arguments.map(\.usage) + options).joined(separator: " ")
    }

    public var help: String {
        var lines = ["OVERVIEW: \(abstract)", ""]
        if let discussion { lines += [discussion, ""] }
        lines += ["USAGE: \(usageLine)", ""]
        if !arguments.isEmpty {
            lines.append("ARGUMENTS:")
            lines += arguments.map { Self.row($0.name, $0.help) }
            lines.append("")
        }
        lines.append("OPTIONS:")
        lines += allOptions.map { option in
            let names = option.short.map { "\($0), \(option.usage)" } ?? option.usage
            return Self.row(names, option.help)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `  name                    text`, the text wrapped to 80 columns under itself.
    static func row(_ left: String, _ right: String) -> String {
        let indent = String(repeating: " ", count: 26)
        let padded = left.count < 24 ? left + String(repeating: " ", count: 24 - left.count) : left + "\n" + indent
        let wrapped = TextLayout.wrap(right, width: 80 - 26)
        return "  \(padded)" + wrapped.joined(separator: "\n" + indent)
    }
}
