/// Tests on eight bytes at once, loaded as one little-endian word: the reader's sizing count and the line counting
/// of positions share them. Baseline x86-64 has no bit-count instruction, so flags are counted in byte lanes.
enum ByteWords {
    /// Eight copies of `byte`.
    @inline(__always)
    static func repeating(_ byte: UInt8) -> UInt64 { 0x0101_0101_0101_0101 &* UInt64(byte) }

    /// The high bit of each zero byte of `word`, exactly (no borrow between bytes).
    @inline(__always)
    static func zeroBytes(_ word: UInt64) -> UInt64 {
        let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        return ~(((word & low) &+ low) | word | low)
    }

    /// The high bit of each UTF-8 continuation byte (`10xxxxxx`) of `word`.
    @inline(__always)
    static func continuationBytes(_ word: UInt64) -> UInt64 { word & ~(word << 1) & 0x8080_8080_8080_8080 }

    /// The number of bytes of `flags` whose high bit is set (the others are zero): a multiply adds the lanes.
    @inline(__always)
    static func flagCount(_ flags: UInt64) -> Int { Int(((flags >> 7) &* 0x0101_0101_0101_0101) >> 56) }

    /// The sum of the eight byte lanes of `lanes` (each a count of at most 255).
    @inline(__always)
    static func laneSum(_ lanes: UInt64) -> Int {
        let pairs = (lanes & 0x00FF_00FF_00FF_00FF) &+ ((lanes >> 8) & 0x00FF_00FF_00FF_00FF)
        return Int((pairs &* 0x0001_0001_0001_0001) >> 48)
    }

    /// The number of UTF-8 continuation bytes in `range` of `buffer`, eight bytes at a time.
    static func continuationCount(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        guard let base = buffer.baseAddress else { return 0 }
        var count = 0
        var cursor = range.lowerBound
        while cursor + 8 <= range.upperBound {
            var lanes: UInt64 = 0
            var words = 0
            while words < 255, cursor + 8 <= range.upperBound {
                lanes &+= continuationBytes(UnsafeRawPointer(base + cursor).loadUnaligned(as: UInt64.self)) >> 7
                cursor += 8
                words += 1
            }
            count += laneSum(lanes)
        }
        for position in cursor..<range.upperBound where buffer[position] & 0xC0 == 0x80 { count += 1 }
        return count
    }

    /// The offset of the first `byte` in `buffer` from `start` on, or `buffer.count`; eight bytes at a time.
    static func firstIndex(of byte: UInt8, in buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard let base = buffer.baseAddress else { return buffer.count }
        let pattern = repeating(byte)
        var cursor = start
        while cursor + 8 <= buffer.count {
            let found = zeroBytes(UnsafeRawPointer(base + cursor).loadUnaligned(as: UInt64.self) ^ pattern)
            if found != 0 { return cursor + found.trailingZeroBitCount >> 3 }
            cursor += 8
        }
        while cursor < buffer.count, base[cursor] != byte { cursor += 1 }
        return cursor
    }
}
