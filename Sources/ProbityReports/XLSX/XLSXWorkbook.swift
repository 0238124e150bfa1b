/// An Office Open XML workbook (`.xlsx`) written by the project: one sheet per table, numbers as
/// numbers, text as inline strings (never formulas), the header row frozen. The package is a
/// stored ZIP (`StoredZip`); the same sheets give the same bytes.
public struct XLSXWorkbook: Sendable {
    public var sheets: [XLSXSheet]

    public init(sheets: [XLSXSheet]) { self.sheets = sheets }

    public func bytes() -> [UInt8] {
        var entries = [
            StoredZip.Entry(name: "[Content_Types].xml", bytes: Array(contentTypes.utf8)),
            StoredZip.Entry(name: "_rels/.rels", bytes: Array(Self.rootRelationships.utf8)),
            StoredZip.Entry(name: "xl/workbook.xml", bytes: Array(workbook.utf8)),
            StoredZip.Entry(name: "xl/_rels/workbook.xml.rels", bytes: Array(workbookRelationships.utf8)),
        ]
        for (index, sheet) in sheets.enumerated() {
            entries.append(StoredZip.Entry(name: "xl/worksheets/sheet\(index + 1).xml", bytes: Array(sheet.xml.utf8)))
        }
        return StoredZip(entries: entries).bytes()
    }

    static let declaration = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#

    var contentTypes: String {
        var text = Self.declaration + #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
        text += #"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
        text += #"<Default Extension="xml" ContentType="application/xml"/>"#
        text += #"<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>"#
        for index in sheets.indices {
            text += #"<Override PartName="/xl/worksheets/sheet\#(index + 1).xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"#
        }
        return text + "</Types>"
    }

    static let rootRelationships = declaration
        + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        + #"<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>"#
        + "</Relationships>"

    var workbook: String {
        var text = Self.declaration + #"<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>"#
        for (index, name) in sheetNames.enumerated() {
            text += #"<sheet name="\#(XMLText.escape(name))" sheetId="\#(index + 1)" r:id="rId\#(index + 1)"/>"#
        }
        return text + "</sheets></workbook>"
    }

    var workbookRelationships: String {
        var text = Self.declaration + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        for index in sheets.indices {
            text += #"<Relationship Id="rId\#(index + 1)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet\#(index + 1).xml"/>"#
        }
        return text + "</Relationships>"
    }

    /// Sheet names as Excel allows them: at most 31 characters, none of `[]:*?/\`, unique.
    var sheetNames: [String] {
        var seen: Set<String> = []
        return sheets.map { sheet in
            let forbidden = Set("[]:*?/\\")
            var name = String(sheet.name.filter { !forbidden.contains($0) }.prefix(31))
            if name.isEmpty { name = "Sheet" }
            var candidate = name
            var counter = 2
            while !seen.insert(candidate.lowercased()).inserted {
                let suffix = " \(counter)"
                candidate = String(name.prefix(31 - suffix.count)) + suffix
                counter += 1
            }
            return candidate
        }
    }
}
