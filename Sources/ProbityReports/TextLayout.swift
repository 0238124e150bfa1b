/// Helpers for fixed-width terminal text (80 columns).
public enum TextLayout {
    public static let width = 80

    public static func pad(_ text: String, _ width: Int) -> String {
        let clipped = clip(text, width)
        return clipped + String(repeating: " ", count: max(0, width - clipped.count))
    }

    public static func padLeft(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - text.count)) + text
    }

    public static func clip(_ text: String, _ width: Int) -> String {
        text.count <= width ? text : String(text.prefix(max(0, width - 3))) + "..."
    }

    /// Word-wraps text to the width, indenting continuation lines.
    public static func wrap(_ text: String, width: Int = TextLayout.width, indent: String = "") -> [String] {
        var lines: [String] = []
        var current = indent
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            if current.count + word.count + 1 > width && current.trimmingCharacters(in: .whitespaces).count > 0 {
                lines.append(current)
                current = indent
            }
            current += (current == indent ? "" : " ") + word
        }
        if !current.trimmingCharacters(in: .whitespaces).isEmpty { lines.append(current) }
        return lines
    }
}

import Foundation
