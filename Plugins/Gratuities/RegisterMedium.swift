/// How the gifts and hospitality register is kept (HMIC 2012 found Leicestershire's "a manual
/// gift and hospitality register, held at force headquarters", with an electronic one planned).
public enum RegisterMedium: String, Sendable, CaseIterable {
    case manual
    case electronic
}
