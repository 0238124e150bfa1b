/// How far a cross-check has got, for a progress display.  The library only reports it
/// through a callback, on the calling thread; it never writes anything itself.
public struct CrosscheckProgress: Sendable, Hashable {
    public enum Phase: String, Sendable, Hashable, Codable {
        case reading, matching, checking, done
    }

    public var phase: Phase
    /// 0...1 over the whole run.
    public var fraction: Double
    /// A short note, such as the register being read.
    public var detail: String

    public init(phase: Phase, fraction: Double, detail: String = "") {
        self.phase = phase
        self.fraction = fraction
        self.detail = detail
    }
}
