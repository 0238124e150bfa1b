/// The tag of a force's short code.
public enum ForceCodeTag {}

/// A force's short code (`force.code` in its assessment), as a national view names forces.
public typealias ForceCode = Identifier<ForceCodeTag>
