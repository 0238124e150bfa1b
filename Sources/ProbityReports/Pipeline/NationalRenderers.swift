import ProbityCore

// The national view's formats (`Renderers.national`).

extension NationalTextRenderer: Renderer {
    public static let format = OutputFormat.text
    public func render(_ view: NationalView, context: ReportContext) -> RenderedOutput {
        .text(Self.render(view, context: context))
    }
}

extension NationalJSONRenderer: Renderer {
    public static let format = OutputFormat.json
    public func render(_ view: NationalView, context: ReportContext) -> RenderedOutput {
        .text(Self.render(view, context: context))
    }
}

extension NationalMarkdownRenderer: Renderer {
    public static let format = OutputFormat.markdown
    public func render(_ view: NationalView, context: ReportContext) -> RenderedOutput {
        .text(Self.render(view, context: context))
    }
}

extension HTMLNationalRenderer: Renderer {
    public static let format = OutputFormat.html
    public func render(_ view: NationalView, context: ReportContext) -> RenderedOutput {
        .text(Self.render(view, context: context))
    }
}

// One figure traced force by force (`Renderers.nationalTrace`): `NationalTraceRenderer` writes
// four formats, so each is a small renderer of its own.

public struct NationalTraceTextRenderer: Renderer {
    public init() {}
    public static let format = OutputFormat.text
    public func render(_ trace: NationalTrace, context: ReportContext) -> RenderedOutput {
        .text(NationalTraceRenderer.text(trace.figure, in: trace.view, context: context))
    }
}

public struct NationalTraceJSONRenderer: Renderer {
    public init() {}
    public static let format = OutputFormat.json
    public func render(_ trace: NationalTrace, context: ReportContext) -> RenderedOutput {
        .text(NationalTraceRenderer.json(trace.figure, in: trace.view, context: context))
    }
}

public struct NationalTraceMarkdownRenderer: Renderer {
    public init() {}
    public static let format = OutputFormat.markdown
    public func render(_ trace: NationalTrace, context: ReportContext) -> RenderedOutput {
        .text(NationalTraceRenderer.markdown(trace.figure, in: trace.view, context: context))
    }
}

public struct NationalTraceHTMLRenderer: Renderer {
    public init() {}
    public static let format = OutputFormat.html
    public func render(_ trace: NationalTrace, context: ReportContext) -> RenderedOutput {
        .text(HTMLNationalRenderer.renderTrace(trace.figure, in: trace.view, context: context))
    }
}
