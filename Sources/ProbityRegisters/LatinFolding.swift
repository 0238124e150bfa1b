import Foundation

/// How one non-ASCII character folds into a name key: its replacement bytes, where a
/// space (0x20) marks a word break; empty deletes it.
///
/// Accents are stripped by compatibility decomposition (NFKD) and dropping combining
/// marks, as the bench's rule says; then the letters NFKD leaves alone are spelt the way
/// people type them without the key (ł→l, ø→o, đ→d, æ→ae, œ→oe, ß→ss, þ→th, ð→d, ı→i,
/// ħ→h, ŧ→t, ŀ→l, ĸ→k, ŋ→n).  A table covers U+0080–U+024F and U+1E00–U+1EFF; other
/// characters are folded on demand.
enum LatinFolding {
    static let tableStart: UInt32 = 0x80
    static let table: [[UInt8]] = (tableStart...0x24F).map { fold(computing: $0) }
    static let extended: [[UInt8]] = (0x1E00...0x1EFF as ClosedRange<UInt32>).map { fold(computing: $0) }

    static func fold(_ scalar: UInt32) -> [UInt8] {
        if scalar <= 0x24F { return table[Int(scalar - tableStart)] }
        if scalar >= 0x1E00, scalar <= 0x1EFF { return extended[Int(scalar - 0x1E00)] }
        return fold(computing: scalar)
    }

    static let spelled: [UInt32: String] = [
        0x142: "l", 0x141: "l", 0xF8: "o", 0xD8: "o", 0x111: "d", 0x110: "d", 0xE6: "ae", 0xC6: "ae",
        0x153: "oe", 0x152: "oe", 0xDF: "ss", 0x1E9E: "ss", 0xFE: "th", 0xDE: "th", 0xF0: "d", 0xD0: "d",
        0x131: "i", 0x127: "h", 0x126: "h", 0x167: "t", 0x166: "t", 0x140: "l", 0x13F: "l", 0x138: "k",
        0x14B: "n", 0x14A: "n",
    ]

    static func fold(computing value: UInt32) -> [UInt8] {
        guard let scalar = Unicode.Scalar(value) else { return [0x20] }
        if let text = spelled[value] { return Array(text.utf8) }
        if value == 0x2019 { return [] }  // ’ is deleted like '
        if isMark(scalar) { return [] }
        var out: [UInt8] = []
        let decomposed = String(Character(scalar)).decomposedStringWithCompatibilityMapping
        for part in decomposed.unicodeScalars {
            if let text = spelled[part.value] {
                out += Array(text.utf8)
            } else if part.isASCII {
                out += NameNormaliser.foldASCII(UInt8(part.value))
            } else if isMark(part) {
                continue
            } else if part.properties.isAlphabetic || part.properties.numericType != nil {
                out += Array(part.properties.lowercaseMapping.utf8)
            } else {
                out.append(0x20)
            }
        }
        return out
    }

    private static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }
}
