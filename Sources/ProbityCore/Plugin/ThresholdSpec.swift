/// A threshold a plugin reads from its area's `thresholds` in the checklist. The value is data;
/// the plugin declares only its name and meaning, and loading fails if the checklist lacks it.
public struct ThresholdSpec: Sendable, Hashable {
    public var key: String
    public var meaning: String

    public init(_ key: String, _ meaning: String) {
        self.key = key
        self.meaning = meaning
    }
}
