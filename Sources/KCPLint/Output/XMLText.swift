/// XML 1.0 text helpers for the JUnit and Checkstyle reports.
enum XMLText {
    /// `text` escaped for an attribute value in double quotes. Line breaks and tabs become character
    /// references, so they survive attribute-value normalization.
    static func attribute(_ text: String) -> String {
        escape(text, inAttribute: true)
    }

    /// `text` escaped for element content.
    static func content(_ text: String) -> String {
        escape(text, inAttribute: false)
    }

    /// Escapes on the UTF-8 bytes, copying the runs between escapes whole: every character escaped or replaced is
    /// ASCII but U+FFFE and U+FFFF (`EF BF BE`, `EF BF BF`), and no byte of another multi-byte character is ASCII.
    private static func escape(_ text: String, inAttribute: Bool) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count + 16)
        output.append(text) { bytes, index in
            switch bytes[index] {
            case 0x26: ("&amp;", 1)
            case 0x3C: ("&lt;", 1)
            case 0x3E: ("&gt;", 1)
            case 0x22 where inAttribute: ("&quot;", 1)
            case 0x27 where inAttribute: ("&apos;", 1)
            case 0x0A where inAttribute: ("&#10;", 1)
            case 0x0D: ("&#13;", 1)
            case 0x09 where inAttribute: ("&#9;", 1)
            case 0x09, 0x0A: nil
            // Not XML 1.0 characters: the other controls, and the non-characters U+FFFE and U+FFFF.
            case 0x00..<0x20: ("\u{FFFD}", 1)
            case 0xEF where index + 2 < bytes.count && bytes[index + 1] == 0xBF && bytes[index + 2] & 0xFE == 0xBE:
                ("\u{FFFD}", 3)
            default: nil
            }
        }
        return String(decoding: output, as: UTF8.self)
    }
}
