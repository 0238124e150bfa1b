import Foundation

/// The checklists Probity knows: the shipped ones (embedded in the binary) or a directory of
/// custom ones (`--checklists DIR`). Every checklist is validated when loaded, including its
/// crosswalk against the previous checklist it names.
public struct ChecklistCatalog: Sendable {
    /// Each checklist with the file it came from, in id order.
    public let entries: [Entry]

    public struct Entry: Sendable {
        public let file: String
        public let checklist: Checklist
    }

    public var checklists: [Checklist] { entries.map(\.checklist) }

    /// The shipped checklist files as embedded in the binary: file name and JSON text.
    public static var embeddedFiles: [(name: String, json: String)] { EmbeddedChecklists.files }

    /// The checklists shipped in `Checklists/`, embedded at build time.
    public static func builtIn() throws(ProbityError) -> ChecklistCatalog {
        try builtInResult.get()
    }

    /// Decoded once per process: the embedded data cannot change while it runs.
    private static let builtInResult: Result<ChecklistCatalog, ProbityError> = {
        Result { () throws(ProbityError) -> ChecklistCatalog in try decodeBuiltIn() }
    }()

    private static func decodeBuiltIn() throws(ProbityError) -> ChecklistCatalog {
        var documents: [JSONDocument] = []
        for file in EmbeddedChecklists.files {
            documents.append(try JSONDocument.parse(bytes: Array(file.json.utf8), file: "Checklists/\(file.name)"))
        }
        return try build(documents)
    }

    /// Every `*.json` file in a directory.
    public static func load(directory: String) throws(ProbityError) -> ChecklistCatalog {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            throw .fileNotFound(file: directory)
        }
        let files = names.filter { $0.hasSuffix(".json") }.sorted()
        if files.isEmpty { throw .other(file: directory, reason: "no checklist (*.json) files in the directory") }
        var documents: [JSONDocument] = []
        for name in files {
            documents.append(try JSONDocument.load(path: (directory as NSString).appendingPathComponent(name)))
        }
        return try build(documents)
    }

    /// Loads the given files only (for `probity checklist validate FILE...`).
    public static func load(files: [String]) throws(ProbityError) -> ChecklistCatalog {
        var documents: [JSONDocument] = []
        for file in files { documents.append(try JSONDocument.load(path: file)) }
        return try build(documents)
    }

    /// Decodes checklist files without the semantic checks, so `checklist validate` can list
    /// every problem instead of stopping at the first.
    /// `files` pairs each path to read with the name to use in messages.
    public static func decode(files: [(path: String, name: String)]) throws(ProbityError) -> ChecklistCatalog {
        var documents: [JSONDocument] = []
        for file in files { documents.append(try JSONDocument.load(path: file.path, displayName: file.name)) }
        return try build(documents, validate: false)
    }

    static func build(_ documents: [JSONDocument], validate: Bool = true) throws(ProbityError) -> ChecklistCatalog {
        var entries: [Entry] = []
        for document in documents {
            try document.requireSchemaVersion(Checklist.supportedSchemaVersions)
            entries.append(Entry(file: document.file, checklist: try document.decode(Checklist.self)))
        }
        let catalog = ChecklistCatalog(entries: entries.sorted { $0.checklist.id < $1.checklist.id })
        if validate { try catalog.requireValid() }
        return catalog
    }

    /// Validates every checklist, with crosswalks resolved against the others in the catalog.
    public func diagnostics() -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var seen: [String: String] = [:]
        for entry in entries {
            let key = "\(entry.checklist.id)@\(entry.checklist.version)"
            if let other = seen[key] {
                diagnostics.append(Diagnostic(.error, file: entry.file, path: JSONPath([.key("id")]),
                                              "checklist \(key) is also defined in \(other)"))
            }
            seen[key] = entry.file
            let previous = entry.checklist.previousChecklist.flatMap { id in checklists.first { $0.id == id && id != entry.checklist.id } }
            diagnostics += ChecklistValidator(checklist: entry.checklist, file: entry.file, previous: previous).validate()
            if let loop = previousLoop(from: entry.checklist) {
                diagnostics.append(Diagnostic(.error, file: entry.file, path: JSONPath([.key("previousChecklist")]),
                                              "previousChecklist links form a loop (\(loop)); a checklist cannot revise itself or a later one"))
            }
        }
        return diagnostics + cycleDiagnostics()
    }

    /// A chain of `previousChecklist` that returns to where it started (2012 follows 2011,
    /// which follows 2012) would make comparisons walk in a circle.
    func cycleDiagnostics() -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for entry in entries {
            var seen: [ChecklistID] = [entry.checklist.id]
            var next = entry.checklist.previousChecklist
            while let id = next, id != entry.checklist.id || seen.count > 1 {
                if id == entry.checklist.id {
                    let chain = (seen + [id]).map(\.rawValue).joined(separator: " -> ")
                    diagnostics.append(Diagnostic(.error, file: entry.file, path: JSONPath([.key("previousChecklist")]),
                                                  "the previous checklists go round in a circle: \(chain)"))
                    break
                }
                guard !seen.contains(id), let found = checklists.first(where: { $0.id == id }) else { break }
                seen.append(id)
                next = found.previousChecklist
            }
        }
        return diagnostics
    }

    /// The loop the `previousChecklist` links starting at a checklist run into, as
    /// `a -> b -> a`, or nil when they end (at a baseline, or a checklist not loaded).
    func previousLoop(from checklist: Checklist) -> String? {
        var route = [checklist.id]
        var current = checklist
        while let previousID = current.previousChecklist {
            if route.contains(previousID) {
                guard previousID == checklist.id else { return nil }
                return (route + [previousID]).map(\.rawValue).joined(separator: " -> ")
            }
            route.append(previousID)
            guard let previous = checklists.first(where: { $0.id == previousID }) else { return nil }
            current = previous
        }
        return nil
    }

    func requireValid() throws(ProbityError) {
        let problems = diagnostics()
        if let first = problems.errors.first {
            throw .validationFailed(file: first.file, diagnostics: problems)
        }
    }

    /// A checklist by id and, optionally, version; the newest version when none is given.
    public func checklist(id: ChecklistID, version: String? = nil) throws(ProbityError) -> Checklist {
        let matches = checklists.filter { $0.id == id && (version == nil || $0.version == version) }
        guard let found = matches.max(by: { $0.version.compare($1.version, options: .numeric) == .orderedAscending }) else {
            throw .unknownChecklist(id: id.rawValue, version: version,
                                    available: checklists.map { "\($0.id)@\($0.version)" })
        }
        return found
    }

    /// The checklist for the latest inspection year (the default for `init`).
    public var latest: Checklist? { checklists.max { ($0.year, $0.id) < ($1.year, $1.id) } }
}
