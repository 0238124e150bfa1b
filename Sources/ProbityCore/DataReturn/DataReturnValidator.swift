/// Checks an area's data return against its plugin's schema: unknown fields (with a
/// suggestion), wrong types, negative or fractional counts, shares outside 0..1, and figures
/// that do not reconcile. A count or amount may be `"unknown"`, or `"unchanged"` where its field
/// allows; a reconciliation with such a figure is skipped, as one with an absent figure is.
/// Produces the validated `DataReturn` and the diagnostics.
public struct DataReturnValidator: Sendable {
    public let schema: DataReturnSchema
    public let file: String
    /// Where the section sits in the assessment file: `dataReturns.gratuities`.
    public let base: JSONPath

    public init(schema: DataReturnSchema, file: String, base: JSONPath) {
        self.schema = schema
        self.file = file
        self.base = base
    }

    public func validate(_ value: JSONValue?) -> (DataReturn, [Diagnostic]) {
        guard let value else {
            let missing = schema.fields.filter(\.required).map { field in
                Diagnostic(.error, file: file, path: path(field.path), "missing required figure (\(field.meaning))")
            }
            return (.empty, missing)
        }
        var diagnostics: [Diagnostic] = []
        var values: [String: JSONValue] = [:]
        walk(value, prefix: "", into: &values, diagnostics: &diagnostics)
        for field in schema.fields where field.required && values[field.path] == nil {
            diagnostics.append(Diagnostic(.error, file: file, path: path(field.path), "missing required figure (\(field.meaning))"))
        }
        let dataReturn = DataReturn(values: values)
        if !diagnostics.hasErrors { diagnostics += reconcile(dataReturn) }
        return (dataReturn, diagnostics)
    }

    private func walk(_ value: JSONValue, prefix: String, into values: inout [String: JSONValue],
                      diagnostics: inout [Diagnostic]) {
        guard case .object(let object) = value else {
            let where_ = prefix.isEmpty ? base : path(prefix)
            diagnostics.append(Diagnostic(.error, file: file, path: where_, "expected an object, found \(value.summary)"))
            return
        }
        for key in object.keys.sorted() {
            guard let child = object[key] else { continue }
            let childPath = prefix.isEmpty ? key : "\(prefix).\(key)"
            if let field = schema.field(childPath) {
                if let problem = check(child, against: field) {
                    diagnostics.append(Diagnostic(.error, file: file, path: path(childPath), problem))
                } else if child != .null {
                    values[childPath] = child
                }
            } else if schema.groupPaths.contains(childPath) {
                walk(child, prefix: childPath, into: &values, diagnostics: &diagnostics)
            } else {
                diagnostics.append(Diagnostic(.error, file: file, path: path(childPath), unknownFieldMessage(key, prefix: prefix)))
            }
        }
    }

    private func unknownFieldMessage(_ key: String, prefix: String) -> String {
        let siblings = siblingNames(under: prefix)
        var message = "unknown field \"\(key)\""
        if let suggestion = Suggestion.closest(to: key, among: siblings) {
            message += "; did you mean \"\(suggestion)\"?"
        } else if !siblings.isEmpty {
            message += "; expected one of \(siblings.joined(separator: ", "))"
        }
        return message
    }

    private func siblingNames(under prefix: String) -> [String] {
        let depth = prefix.isEmpty ? 0 : prefix.split(separator: ".").count
        let candidates = schema.fields.map(\.path) + Array(schema.groupPaths)
        let names = candidates.compactMap { candidate -> String? in
            let parts = candidate.split(separator: ".").map(String.init)
            guard parts.count > depth else { return nil }
            guard prefix.isEmpty || parts.prefix(depth).joined(separator: ".") == prefix else { return nil }
            return parts[depth]
        }
        return Array(Set(names)).sorted()
    }

    private func check(_ value: JSONValue, against field: DataReturnField) -> String? {
        if value == .null { return nil }
        let expected = "expected \(field.expectation), found \(value.summary)"
        if field.isNumeric, let word = value.stringValue { return checkWord(word, for: field) }
        switch field.kind {
        case .count:
            guard let number = value.numberValue else { return expected }
            if number < 0 { return "a count cannot be negative, found \(JSONValue.format(number))" }
            if number != number.rounded() { return "a count must be a whole number, found \(JSONValue.format(number))" }
        case .amount:
            guard let number = value.numberValue else { return expected }
            if number < 0 { return "cannot be negative, found \(JSONValue.format(number))" }
        case .share:
            guard let number = value.numberValue, (0...1).contains(number) else { return expected }
        case .flag:
            guard value.boolValue != nil else { return expected }
        case .text:
            guard value.stringValue != nil else { return expected }
        case .choice(let allowed):
            guard let text = value.stringValue, allowed.contains(text) else { return expected }
        case .date:
            guard let text = value.stringValue, LocalDate(text) != nil else { return expected }
        }
        return nil
    }

    /// A word in place of a count or amount: `"unknown"` always, `"unchanged"` where the field
    /// allows it. Returns the problem, or nil when the word is allowed.
    private func checkWord(_ word: String, for field: DataReturnField) -> String? {
        switch word {
        case ReportedFigure.unknownWord:
            return nil
        case ReportedFigure.unchangedWord where field.allowsUnchanged:
            return nil
        case ReportedFigure.unchangedWord:
            return "\"unchanged\" is only allowed for a level that can stay the same between returns; "
                + "expected \(field.expectation)"
        default:
            return "expected \(field.expectation), found \(JSONValue.string(word).summary)"
        }
    }

    private func reconcile(_ figures: DataReturn) -> [Diagnostic] {
        schema.reconciliations.compactMap { rule in
            switch rule {
            case .sum(let total, let parts):
                guard let totalValue = figures.number(total) else { return nil }
                let values = parts.map { figures.number($0) }
                guard values.allSatisfy({ $0 != nil }) else { return nil }
                let sum = values.compactMap { $0 }.reduce(0, +)
                guard abs(sum - totalValue) > 1e-9 else { return nil }
                let names = parts.map { lastComponent($0.path) }.joined(separator: " + ")
                let breakdown = zip(parts, values).map { "\(lastComponent($0.path)) \(JSONValue.format($1 ?? 0))" }
                    .joined(separator: ", ")
                return Diagnostic(.error, file: file, path: path(total.path),
                                  "\(JSONValue.format(totalValue)) does not equal \(names) = \(JSONValue.format(sum)) (\(breakdown))")
            case .atMost(let part, let whole):
                guard let partValue = figures.number(part), let wholeValue = figures.number(whole),
                    partValue > wholeValue
                else { return nil }
                return Diagnostic(.error, file: file, path: path(part.path),
                                  "\(JSONValue.format(partValue)) is more than \(whole.path) \(JSONValue.format(wholeValue))")
            }
        }
    }

    private func lastComponent(_ path: String) -> String {
        path.split(separator: ".").last.map(String.init) ?? path
    }

    private func path(_ fieldPath: String) -> JSONPath {
        JSONPath(base.components + fieldPath.split(separator: ".").map { .key(String($0)) })
    }
}
