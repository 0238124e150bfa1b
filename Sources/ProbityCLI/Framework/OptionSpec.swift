/// One option or argument of a command, declared once: it drives both parsing and help.
public struct OptionSpec: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// `--quiet`
        case flag
        /// `--format json`
        case value(String)
        /// `--interests F --interests G`
        case repeated(String)
    }

    public var name: String
    public var short: String?
    public var kind: Kind
    public var help: String

    public init(_ name: String, short: String? = nil, _ kind: Kind, _ help: String) {
        self.name = name
        self.short = short
        self.kind = kind
        self.help = help
    }

    public static func flag(_ name: String, short: String? = nil, _ help: String) -> OptionSpec {
        OptionSpec(name, short: short, .flag, help)
    }

    public static func value(_ name: String, short: String? = nil, _ valueName: String, _ help: String) -> OptionSpec {
        OptionSpec(name, short: short, .value(valueName), help)
    }

    var takesValue: Bool {
        if case .flag = kind { return false }
        return true
    }

    var usage: String {
        switch kind {
        case .flag: return name
        case .value(let value), .repeated(let value): return "\(name) \(value)"
        }
    }
}

/// A positional argument.
public struct ArgumentSpec: Sendable, Hashable {
    public var name: String
    public var help: String
    public var required: Bool
    public var variadic: Bool

    public init(_ name: String, _ help: String, required: Bool = true, variadic: Bool = false) {
        self.name = name
        self.help = help
        self.required = required
        self.variadic = variadic
    }

    var usage: String {
        let base = variadic ? "\(name)..." : name
        return required ? base : "[\(base)]"
    }
}
