import Testing

@testable import KCPLint

/// The eight-bytes-at-a-time helpers agree with a byte-by-byte search.
@Suite struct ByteWordsTests {
    @Test func firstIndexMatchesAByteByByteSearch() {
        var random = SeededRandom(seed: 23)
        // Bytes around the searched one (0x7B) and its neighbours in every lane, and multi-byte text.
        let alphabet: [UInt8] = [0x7B, 0x7A, 0x7C, 0xFB, 0x00, 0xFF, 0x20] + Array("결제".utf8)
        for _ in 0..<400 {
            let bytes = (0..<Int.random(in: 0...40, using: &random)).map { _ in
                alphabet[Int.random(in: 0..<alphabet.count, using: &random)]
            }
            bytes.withUnsafeBufferPointer { buffer in
                for start in 0...bytes.count {
                    let expected = bytes[start...].firstIndex(of: 0x7B) ?? bytes.count
                    let found = ByteWords.firstIndex(of: 0x7B, in: buffer, from: start)
                    #expect(found == expected, "\(bytes) from \(start)")
                }
            }
        }
    }
}
