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
        var text = text
        return text.withUTF8 { bytes in
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count + 16)
            var run = 0
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                var width = 1
                let replacement: StaticString
                switch byte {
                case 0x26: replacement = "&amp;"
                case 0x3C: replacement = "&lt;"
                case 0x3E: replacement = "&gt;"
                case 0x22 where inAttribute: replacement = "&quot;"
                case 0x27 where inAttribute: replacement = "&apos;"
                case 0x0A where inAttribute: replacement = "&#10;"
                case 0x0D: replacement = "&#13;"
                case 0x09 where inAttribute: replacement = "&#9;"
                case 0x09, 0x0A:
                    index += 1
                    continue
                case 0x00..<0x20:
                    // Not an XML 1.0 character.
                    replacement = "\u{FFFD}"
                case 0xEF where index + 2 < bytes.count && bytes[index + 1] == 0xBF && bytes[index + 2] & 0xFE == 0xBE:
                    // U+FFFE and U+FFFF, the two non-characters.
                    replacement = "\u{FFFD}"
                    width = 3
                default:
                    index += 1
                    continue
                }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<index]))
                output.append(literal: replacement)
                index += width
                run = index
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run...]))
            return String(decoding: output, as: UTF8.self)
        }
    }
}
