/// The rank of an anti-corruption unit's lead. HMIC (2011) asked for a senior detective able to
/// influence force decisions; in 2012 just over half were led by a detective inspector, most
/// others by a detective chief inspector or superintendent, and a few by a detective sergeant.
public enum AcuLeadRank: String, Sendable, CaseIterable {
    case detectiveSergeant = "detective-sergeant"
    case detectiveInspector = "detective-inspector"
    case detectiveChiefInspector = "detective-chief-inspector"
    case detectiveSuperintendent = "detective-superintendent"
    case other

    /// Seniority from 1 (detective sergeant) to 4 (detective superintendent), compared with
    /// the `acuLeadRankMin` threshold; nil for `other`, which cannot be placed on the ladder.
    public var seniority: Int? {
        switch self {
        case .detectiveSergeant: return 1
        case .detectiveInspector: return 2
        case .detectiveChiefInspector: return 3
        case .detectiveSuperintendent: return 4
        case .other: return nil
        }
    }

    public var label: String {
        switch self {
        case .detectiveSergeant: return "detective sergeant"
        case .detectiveInspector: return "detective inspector"
        case .detectiveChiefInspector: return "detective chief inspector"
        case .detectiveSuperintendent: return "detective superintendent"
        case .other: return "another rank or grade"
        }
    }
}
