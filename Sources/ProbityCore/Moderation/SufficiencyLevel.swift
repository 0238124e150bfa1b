import Foundation

public enum SufficiencyTag {}

/// A grade on the sufficiency scale (`asserted`, `documented`, `sampled`, `tested`).
public typealias SufficiencyID = Identifier<SufficiencyTag>

/// One grade an inspector gives a piece of evidence the force cited: how far it shows the
/// claimed practice is in place and working. The scale is data, in the checklist's
/// `scoring.sufficiencyScale`; a moderated item's evidence factor is the best `factor` among
/// its graded evidence (see docs/moderation.md).
public struct SufficiencyLevel: Sendable, Hashable, Codable {
    public var id: SufficiencyID
    public var label: String
    /// The evidence factor the grade gives an item, in (0, 1].
    public var factor: Double
    public var meaning: String?

    public init(id: SufficiencyID, label: String, factor: Double, meaning: String? = nil) {
        self.id = id
        self.label = label
        self.factor = factor
        self.meaning = meaning
    }
}

extension Checklist {
    /// The sufficiency grades, weakest first (empty when the checklist defines none).
    public var sufficiencyScale: [SufficiencyLevel] { scoring.sufficiencyScale ?? [] }

    public func sufficiency(_ id: SufficiencyID) -> SufficiencyLevel? {
        sufficiencyScale.first { $0.id == id }
    }

    /// Problems with the scale itself: duplicate ids, factors outside (0, 1], a blank label.
    public func sufficiencyScaleDiagnostics(file: String) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        var seen: Set<SufficiencyID> = []
        for (index, level) in sufficiencyScale.enumerated() {
            let path = JSONPath([.key("scoring"), .key("sufficiencyScale"), .index(index)])
            if !seen.insert(level.id).inserted {
                problems.append(Diagnostic(.error, file: file, path: path.appending("id"), "duplicate sufficiency grade \"\(level.id)\""))
            }
            if !(level.factor > 0 && level.factor <= 1) {
                problems.append(Diagnostic(.error, file: file, path: path.appending("factor"),
                                           "must be above 0 and at most 1, found \(NumberFormatting.number(level.factor, decimals: 3))"))
            }
            if level.label.trimmingCharacters(in: .whitespaces).isEmpty {
                problems.append(Diagnostic(.error, file: file, path: path.appending("label"), "the label is empty"))
            }
        }
        return problems
    }
}
