import Foundation

/// Whether two files are about the same force: the same `force.code` (ignoring case and
/// surrounding spaces), or, when either code is empty, the same name.
public enum ForceIdentity {
    public static func same(_ lhs: ForceInfo, _ rhs: ForceInfo) -> Bool {
        let codes = (normalised(lhs.code), normalised(rhs.code))
        if !codes.0.isEmpty && !codes.1.isEmpty { return codes.0 == codes.1 }
        return normalised(lhs.name) == normalised(rhs.name)
    }

    /// `Northshire Police (NS)`.
    public static func describe(_ force: ForceInfo) -> String {
        let code = force.code.trimmingCharacters(in: .whitespaces)
        return code.isEmpty ? force.name : "\(force.name) (\(code))"
    }

    /// Refuses two different forces: `old.json is Northshire Police (NS) but new.json is
    /// Westshire Police (WS); <refusal>`.
    public static func require(_ lhs: ForceInfo, named lhsFile: String, matches rhs: ForceInfo, named rhsFile: String,
                               refusal: String) throws(ProbityError) {
        guard !same(lhs, rhs) else { return }
        throw .incompatible(reason: "\(lhsFile) is \(describe(lhs)) but \(rhsFile) is \(describe(rhs)); \(refusal)")
    }

    static func normalised(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    }
}
