import Testing
@testable import ProbityReports

/// The one escaping function and the builder that applies it to every text and attribute.
@Suite struct HTMLEscapingTests {
    @Test(arguments: [
        ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        ("=HYPERLINK(\"http://x\")", "=HYPERLINK(&quot;http://x&quot;)"),
        ("Tom & Jerry's", "Tom &amp; Jerry&#39;s"),
        ("&amp;", "&amp;amp;"),
        ("plain text, caf\u{E9} \u{2013} \u{1F46E}", "plain text, caf\u{E9} \u{2013} \u{1F46E}"),
        ("bell\u{07}nul\u{00}", "bell\u{FFFD}nul\u{FFFD}"),
        ("tab\tnewline\n", "tab\tnewline\n"),
    ])
    func escapesTheFiveCharactersAndControls(_ input: String, _ expected: String) {
        #expect(HTMLEscaping.escape(input) == expected)
    }

    @Test func textAndAttributesAreEscapedByTheBuilder() {
        let node = HTMLNode.element("p", [HTMLAttribute("title", "\" onmouseover=\"alert(1)"), .class("a'b")],
                                    [.text("<img src=x onerror=alert(1)>"), .element("strong", text: "&")])
        #expect(node.render() == "<p title=\"&quot; onmouseover=&quot;alert(1)\" class=\"a&#39;b\">&lt;img src=x onerror=alert(1)&gt;<strong>&amp;</strong></p>\n")
    }

    @Test func blockElementsGoOnTheirOwnLinesAndEmptySVGShapesCloseThemselves() {
        let node = HTMLNode.element("ul", [], [.element("li", text: "one"), .element("li", [], [
            .text("two"), .element("ul", [], [.element("li", text: "three")]),
        ])])
        #expect(node.render() == """
            <ul>
              <li>one</li>
              <li>
                two
                <ul>
                  <li>three</li>
                </ul>
              </li>
            </ul>

            """)
        #expect(HTMLNode.element("rect", [HTMLAttribute("x", "1")]).render() == "<rect x=\"1\"/>\n")
        #expect(HTMLNode.element("meta", [HTMLAttribute("charset", "utf-8")]).render() == "<meta charset=\"utf-8\">\n")
        #expect(HTMLNode.element("td").render() == "<td></td>\n")
    }

    @Test func theStylesheetCannotCloseItsElementAndLoadsNothing() {
        let css = HTMLStylesheet.css()
        #expect(!css.lowercased().contains("</style"))
        #expect(!css.contains("url("))
        #expect(!css.contains("@import"))
        #expect(css.contains("@page { size: A4; margin: 15mm; }"))
        #expect(css.contains(".grade-4 {"))
    }

    @Test func theAuditCatchesWhatItLooksFor() {
        let bad = """
            <html lang="en"><body><h2>x</h2><h1>a</h1><h1>b</h1><h4>c</h4><script>1</script>
            <img src="https://x.invalid/a.png"><a href="http://x">x</a><p onclick="f()">p</p>
            <table><tr><th>h</th></tr></table><svg><rect fill="url(http://x)"/></svg></body></html>
            """
        let problems = HTMLAudit(bad).problems
        for expected in ["a <script appears unescaped", "<img> element", "a link leaves the page: http://x",
                         "event handler onclick on <p>", "expected exactly one <h1>, found 2", "the first heading is not <h1>",
                         "heading skips from h1 to h4", "1 tables but 0 captions", "1 header cells without scope",
                         "<rect fill> uses url() to something outside the page"] {
            #expect(problems.contains(expected), "audit misses: \(expected)")
        }
    }
}
