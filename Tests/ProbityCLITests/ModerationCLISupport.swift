import Foundation
import ProbityCore
import Testing

/// A scratch directory holding a copy of the moderation fixture assessment, and the commands
/// that build the standard four-entry moderation log in it.
struct ModerationWorkspace {
    static let fixtures = CLIHarness.fixtures.appendingPathComponent("moderation")

    let directory: URL

    init() throws {
        directory = try CLIHarness.temporaryDirectory()
        try FileManager.default.copyItem(at: Self.fixtures.appendingPathComponent("assessment.json"),
                                         to: directory.appendingPathComponent("assessment.json"))
    }

    func url(_ name: String) -> URL { directory.appendingPathComponent(name) }

    func bytes(_ name: String) throws -> Data { try Data(contentsOf: url(name)) }

    func run(_ arguments: [String]) -> CLIRun { CLIHarness.run(arguments, in: directory) }

    /// `probity moderate assessment.json --moderation mod.json` plus the given options.
    func moderate(_ options: [String]) -> CLIRun {
        run(["moderate", "assessment.json", "--moderation", "mod.json"] + options)
    }

    static let inspector = ["--moderator", "A. Inspector", "--role", "HMI"]
    static let lead = ["--moderator", "B. Moderator", "--role", "inspection lead"]

    /// MR-02 overstated (documented only), MR-03 not met with a finding, GH-08 understated,
    /// MR-01's evidence regraded to sampled.
    static let standardEntries: [[String]] = [
        inspector + ["--item", "MR-02", "--status", "partially-met", "--evidence", "EV-02=documented",
                     "--rationale", "The contact log exists but only the press office uses it."],
        inspector + ["--item", "MR-03", "--status", "not-met", "--evidence", "EV-03=asserted",
                     "--rationale", "No compliance check has been run outside the press office.",
                     "--finding-kind", "area-for-improvement", "--finding-title", "Media-contact recording is not checked"],
        lead + ["--item", "GH-08", "--status", "met", "--evidence", "EV-12=tested",
                "--rationale", "Focus groups confirmed every team had the briefing."],
        lead + ["--item", "MR-01", "--evidence", "EV-01=sampled", "--rationale", "A dip sample of ten decisions followed the policy."],
    ]

    /// Builds the standard log; every command must succeed.
    func moderateStandard() throws {
        for options in Self.standardEntries {
            let result = moderate(options)
            try #require(result.code == 0, "\(options): \(result.stderr)")
        }
    }

    /// The log as JSON, for tampering the way a person with a text editor would.
    func log() throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: bytes("mod.json")) as? [String: Any])
    }

    func save(_ json: [String: Any]) throws {
        try JSONSerialization.data(withJSONObject: json, options: [.prettyPrinted]).write(to: url("mod.json"))
    }

    /// Edits the log's entries, optionally re-sealing the given ones (recomputing their hash
    /// from the edited content, as a careful tamperer would).
    func tamper(reseal: [Int] = [], _ edit: (inout [[String: Any]]) throws -> Void) throws {
        var json = try log()
        var entries = try #require(json["entries"] as? [[String: Any]])
        try edit(&entries)
        for index in reseal {
            entries[index]["hash"] = nil
            let value = try JSONParser.parse(Array(try JSONSerialization.data(withJSONObject: entries[index])))
            entries[index]["hash"] = ModerationHash.digest(ofEntry: value).hex
        }
        json["entries"] = entries
        try save(json)
    }
}

/// Golden files for this suite; see `GoldenFile` (`PROBITY_RECORD_GOLDEN=1` re-records them).
enum ModerationGolden {
    static let directory = ModerationWorkspace.fixtures.appendingPathComponent("golden")

    static func check(_ actual: String, against name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        try GoldenFile(directory: directory).check(actual, against: name, sourceLocation: sourceLocation)
    }
}
