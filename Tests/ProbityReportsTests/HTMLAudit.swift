import Foundation

/// Reads a rendered page the way the tests need: its start tags with their attributes, its
/// headings, and the rules every report page must keep (no script, no address to fetch, no
/// event handler, one `<h1>`, headings in order, tables with captions and header cells).
struct HTMLAudit {
    struct Tag: Equatable {
        var name: String
        var attributes: [(name: String, value: String)]

        static func == (lhs: Tag, rhs: Tag) -> Bool {
            lhs.name == rhs.name && lhs.attributes.map(\.name) == rhs.attributes.map(\.name)
                && lhs.attributes.map(\.value) == rhs.attributes.map(\.value)
        }

        func value(_ name: String) -> String? { attributes.first { $0.name == name }?.value }
    }

    let html: String
    let tags: [Tag]

    init(_ html: String) {
        self.html = html
        tags = Self.scan(html)
    }

    static func scan(_ html: String) -> [Tag] {
        let tagPattern = /<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s=>\/]+(?:="[^"]*")?)*)\s*\/?>/
        let attributePattern = /([^\s=]+)(?:="([^"]*)")?/
        return html.matches(of: tagPattern).map { match in
            let attributes = String(match.output.2).matches(of: attributePattern).map {
                (name: String($0.output.1).lowercased(), value: $0.output.2.map(String.init) ?? "")
            }
            return Tag(name: String(match.output.1).lowercased(), attributes: attributes)
        }
    }

    /// Heading levels in document order.
    var headingLevels: [Int] {
        tags.compactMap { tag in
            guard tag.name.count == 2, tag.name.hasPrefix("h"), let level = Int(tag.name.dropFirst()) else { return nil }
            return level
        }
    }

    /// Every rule broken, in words; empty for a good page.
    var problems: [String] {
        var problems: [String] = []
        if html.range(of: "<script", options: .caseInsensitive) != nil { problems.append("a <script appears unescaped") }
        for tag in tags {
            for attribute in tag.attributes {
                let value = attribute.value.lowercased().trimmingCharacters(in: .whitespaces)
                if attribute.name.hasPrefix("on") { problems.append("event handler \(attribute.name) on <\(tag.name)>") }
                for scheme in ["http:", "https:", "javascript:", "//", "ftp:", "file:"] where value.hasPrefix(scheme) {
                    problems.append("<\(tag.name) \(attribute.name)=\"\(attribute.value)\"> points at an address")
                }
                if value.contains("url(") && !value.hasPrefix("url(#") {
                    problems.append("<\(tag.name) \(attribute.name)> uses url() to something outside the page")
                }
                if ["src", "action", "formaction", "srcset", "poster", "background"].contains(attribute.name) {
                    problems.append("<\(tag.name)> has a \(attribute.name) attribute")
                }
            }
            if tag.name == "a", let href = tag.value("href"), !href.hasPrefix("#") {
                problems.append("a link leaves the page: \(href)")
            }
            if ["img", "iframe", "object", "embed", "link", "base", "form", "input", "textarea", "audio", "video"].contains(tag.name) {
                problems.append("<\(tag.name)> element")
            }
        }
        problems += headingProblems
        problems += tableProblems
        return problems
    }

    var headingProblems: [String] {
        let levels = headingLevels
        var problems: [String] = []
        if levels.filter({ $0 == 1 }).count != 1 { problems.append("expected exactly one <h1>, found \(levels.filter { $0 == 1 }.count)") }
        if levels.first != 1 { problems.append("the first heading is not <h1>") }
        for (previous, next) in zip(levels, levels.dropFirst()) where next > previous + 1 {
            problems.append("heading skips from h\(previous) to h\(next)")
        }
        return problems
    }

    var tableProblems: [String] {
        let tables = tags.filter { $0.name == "table" }.count
        let captions = tags.filter { $0.name == "caption" }.count
        let scoped = tags.filter { $0.name == "th" && $0.value("scope") != nil }.count
        let headers = tags.filter { $0.name == "th" }.count
        var problems: [String] = []
        if tables != captions { problems.append("\(tables) tables but \(captions) captions") }
        if scoped != headers { problems.append("\(headers - scoped) header cells without scope") }
        return problems
    }

    /// The element ids, to check they are unique.
    var duplicateIDs: [String] {
        let ids = tags.compactMap { $0.value("id") }
        return Dictionary(grouping: ids, by: { $0 }).filter { $0.value.count > 1 }.keys.sorted()
    }
}

extension HTMLAudit {
    /// The needles the page lacks (so a failure names them, not the whole page).
    static func missing(_ needles: [String], in page: String) -> [String] {
        needles.filter { !page.contains($0) }
    }

    /// The needles the page contains but must not.
    static func present(_ needles: [String], in page: String) -> [String] {
        needles.filter { page.contains($0) }
    }
}
