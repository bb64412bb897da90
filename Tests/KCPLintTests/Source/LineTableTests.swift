import Testing

@testable import KCPLint

/// Positions found in one pass agree with the line table.
@Suite struct LineTableTests {
    @Test func onePassPositionsMatchTheTable() {
        var random = SeededRandom(seed: 5)
        let pieces = ["a", "\n", "\r\n", "\r", "결", "😀", "{", " ", "\"x\""]
        for _ in 0..<50 {
            let text = (0..<Int.random(in: 0...60, using: &random)).map { _ in
                pieces[Int.random(in: 0..<pieces.count, using: &random)]
            }.joined()
            let bytes = Array(text.utf8)
            let table = LineTable(bytes)
            let offsets = (0..<20).map { _ in Int.random(in: -2...(bytes.count + 2), using: &random) } + [bytes.count]
            let positions = LineTable.positions(ofBytes: offsets, in: bytes)
            for offset in offsets {
                #expect(positions[offset] == table.position(ofByte: offset), "offset \(offset) in \(bytes)")
            }
        }
    }

    /// Long runs without carriage returns take the eight-bytes-at-a-time path; the result must not change.
    @Test func wordAtATimeScanningMatchesTheTable() {
        var random = SeededRandom(seed: 11)
        let pieces = ["abcdefghijklm", "\n", "\r\n", "\r", "결제 요청", "😀😀", "  \"k\": 1,\n", "\n\n", "x"]
        for _ in 0..<80 {
            let text = (0..<Int.random(in: 0...200, using: &random)).map { _ in
                pieces[Int.random(in: 0..<pieces.count, using: &random)]
            }.joined()
            let bytes = Array(text.utf8)
            let table = LineTable(bytes)
            let offsets = (0..<Int.random(in: 1...6, using: &random)).map { _ in
                Int.random(in: 0...bytes.count, using: &random)
            }
            let positions = LineTable.positions(ofBytes: offsets, in: bytes)
            for offset in offsets {
                #expect(
                    positions[offset] == table.position(ofByte: offset),
                    "offset \(offset) in \(text.debugDescription)"
                )
            }
        }
    }

    /// Stretches of thousands of bytes between offsets (a large file's end) are counted in lanes up to the first
    /// carriage return: long lines, many lines, multibyte text, a carriage return far in.
    @Test func longStretchesMatchTheTable() {
        var random = SeededRandom(seed: 17)
        let pieces = ["abcdefghijklm", "\n", "결제 요청", "😀", "  \"key\": 1,\n", "é", "x"]
        // Some rounds: ASCII only; no line feed with multibyte text; nothing but line feeds or two-byte letters
        // (every lane of a block counts up to its limit).
        let alphabets = [pieces, ["abcdefghijklm"], ["결제 요청", "é", "x", "😀"], ["\n"], ["é"]]
        for round in 0..<15 {
            let alphabet = alphabets[round % alphabets.count]
            var text = (0..<Int.random(in: 300...6_000, using: &random)).map { _ in
                alphabet[Int.random(in: 0..<alphabet.count, using: &random)]
            }.joined()
            if round % 4 == 2 { text += "\r" + text + "\r\n" + text }
            let bytes = Array(text.utf8)
            let table = LineTable(bytes)
            let offsets = [0, Int.random(in: 0...bytes.count, using: &random), bytes.count - 1, bytes.count]
            let positions = LineTable.positions(ofBytes: offsets, in: bytes)
            for offset in offsets {
                #expect(positions[offset] == table.position(ofByte: offset), "round \(round), offset \(offset)")
            }
        }
    }
}
