/// A plugin's indicators: one method per finding, each reading the area's context and raising
/// its finding from the declared spec, or returning nil when the figures are missing or healthy.
/// The data return and a figure builder come with the context.
public protocol AreaIndicators {
    var context: AreaContext { get }
    /// The findings the indicators raise for this context.
    var findings: [Finding] { get }
}

extension AreaIndicators {
    /// The area's validated data return.
    public var figures: DataReturn { context.figures }

    /// Builds the figures a finding quotes and compares values with thresholds.
    public var kit: FigureBuilder { FigureBuilder(context: context) }
}
