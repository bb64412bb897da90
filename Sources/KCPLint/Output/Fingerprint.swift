/// Stable fingerprints of findings, for the reports that carry one (SARIF, GitLab): hashes of what a finding is
/// (rule, file, JSON Pointer), never of where its line is, so they survive edits elsewhere in the file.
enum Fingerprint {
    /// Counts the findings of each rule at each pointer in one file: the second finding of a rule at a pointer is
    /// occurrence 1.
    struct Occurrences {
        private var counts: [Key: Int] = [:]

        /// The occurrence of `diagnostic`'s rule and pointer, counting it.
        mutating func next(_ diagnostic: Diagnostic) -> Int {
            let key = Key(rule: diagnostic.ruleID, pointer: diagnostic.pointer)
            let occurrence = counts[key, default: 0]
            counts[key] = occurrence + 1
            return occurrence
        }

        private struct Key: Hashable {
            let rule: String
            let pointer: String
        }
    }

    /// 64-bit FNV-1a of the UTF-8 bytes, as 16 hex digits.
    static func fnv1a(_ text: String) -> String {
        hex(fnv1a([text]))
    }

    /// 64-bit FNV-1a of the UTF-8 bytes of `parts` joined by NUL bytes.
    static func fnv1a(_ parts: [String]) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for (index, part) in parts.enumerated() {
            // The NUL between two parts: the XOR of a zero byte changes nothing, the multiplication remains.
            if index > 0 { hash = hash &* 0x0000_0100_0000_01B3 }
            var part = part
            part.withUTF8 { bytes in
                for byte in bytes {
                    hash ^= UInt64(byte)
                    hash = hash &* 0x0000_0100_0000_01B3
                }
            }
        }
        return hash
    }

    /// `value` as 16 lowercase hex digits.
    static func hex(_ value: UInt64) -> String {
        let digits: StaticString = "0123456789abcdef"
        var output = [UInt8](repeating: 0, count: 16)
        for index in 0..<16 { output[15 - index] = digits.utf8Start[Int(value >> UInt64(4 * index) & 0xF)] }
        return String(decoding: output, as: UTF8.self)
    }
}
