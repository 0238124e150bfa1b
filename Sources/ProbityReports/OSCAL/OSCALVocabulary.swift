/// The fixed words of Probity's OSCAL output: the OSCAL version written, the namespace of
/// Probity's own properties and parts, and the role ids used for parties.
public enum OSCALVocabulary {
    /// The OSCAL version the documents are written against.
    public static let oscalVersion = "1.1.2"
    /// Namespace of Probity's own `props` and `parts`: an identifier only, never fetched.
    /// OSCAL reserves names without `ns` for NIST's vocabulary, so every Probity name carries it.
    public static let namespace = "https://probity.example/ns/oscal"
    /// Role of the force whose integrity was assessed.
    public static let assessedRole = "prepared-for"
    /// Role of whoever completed the assessment (a person when named, else the unit).
    public static let assessorRole = "assessor"
    /// OSCAL observation methods.
    public static let examine = "EXAMINE"
    public static let interview = "INTERVIEW"
}
