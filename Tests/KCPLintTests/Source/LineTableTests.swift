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
}
