/// Parses a command line against a `CommandSpec`: long and short options, `--name=value`,
/// `--` to end options, positionals; near misses get "did you mean".
public struct ArgumentParser: Sendable {
    public let spec: CommandSpec

    public init(_ spec: CommandSpec) { self.spec = spec }

    public func parse(_ arguments: [String]) throws(UsageError) -> ParsedArguments {
        var parsed = ParsedArguments()
        var index = 0
        var onlyPositionals = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if onlyPositionals || !argument.hasPrefix("-") || argument == "-" {
                parsed.positionals.append(argument)
                continue
            }
            if argument == "--" {
                onlyPositionals = true
                continue
            }
            var name = argument
            var inline: String?
            if let equals = argument.firstIndex(of: "="), argument.hasPrefix("--") {
                name = String(argument[..<equals])
                inline = String(argument[argument.index(after: equals)...])
            }
            guard let option = spec.allOptions.first(where: { $0.name == name || $0.short == name }) else {
                throw unknownOption(name)
            }
            if !option.takesValue {
                if inline != nil { throw UsageError("\(option.name) does not take a value", command: spec.name) }
                parsed.flags.insert(option.name)
                continue
            }
            let value: String
            if let inline {
                value = inline
            } else {
                guard index < arguments.count else { throw UsageError("missing value for \(option.usage)", command: spec.name) }
                value = arguments[index]
                index += 1
            }
            if case .value = option.kind, parsed.values[option.name] != nil {
                throw UsageError("\(option.name) given more than once", command: spec.name)
            }
            parsed.values[option.name, default: []].append(value)
        }
        if parsed.flags.contains("--help") { return parsed }
        try checkPositionals(parsed.positionals)
        return parsed
    }

    private func unknownOption(_ name: String) -> UsageError {
        let names = spec.allOptions.map(\.name)
        var message = "unknown option \(name)"
        if let near = Suggestion.closest(to: name, among: names) { message += "; did you mean \(near)?" }
        return UsageError(message, command: spec.name)
    }

    private func checkPositionals(_ values: [String]) throws(UsageError) {
        let required = spec.arguments.filter(\.required).count
        let variadic = spec.arguments.contains(where: \.variadic)
        if values.count < required, let missing = spec.arguments.dropFirst(values.count).first(where: \.required) {
            throw UsageError("missing argument \(missing.name)", command: spec.name)
        }
        if !variadic && values.count > spec.arguments.count {
            throw UsageError("unexpected argument \(values[spec.arguments.count])", command: spec.name)
        }
    }
}

import ProbityCore
