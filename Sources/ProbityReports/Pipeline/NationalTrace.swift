import ProbityCore

/// One national figure traced force by force (`national --trace AREA:PATH`), within its view.
public struct NationalTrace: Sendable {
    public var figure: NationalFigure
    public var view: NationalView

    public init(figure: NationalFigure, view: NationalView) {
        self.figure = figure
        self.view = view
    }
}
