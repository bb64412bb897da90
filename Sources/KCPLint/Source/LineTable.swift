/// Turns UTF-8 byte offsets of a text into 1-based line and column positions.
///
/// Line breaks are `\n`, `\r\n` and a lone `\r` (as in JSON and YAML). Columns count Unicode scalars:
/// every byte that is not a UTF-8 continuation byte starts a new column. Building the table is one pass
/// over the bytes; each lookup is a binary search plus a scan of one line, so a caller that only needs
/// positions for diagnostics pays nothing until it asks.
public struct LineTable: Sendable {
    /// Byte offset at which each line starts; `lineStarts[0] == 0`.
    private let lineStarts: [Int]
    private let bytes: [UInt8]

    /// Indexes the line breaks of `bytes`.
    public init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var starts = [0]
        var index = 0
        let count = bytes.count
        bytes.withUnsafeBufferPointer { buffer in
            while index < count {
                let byte = buffer[index]
                if byte == 0x0A {
                    starts.append(index + 1)
                } else if byte == 0x0D {
                    if index + 1 < count, buffer[index + 1] == 0x0A { index += 1 }
                    starts.append(index + 1)
                }
                index += 1
            }
        }
        self.lineStarts = starts
    }

    /// Indexes the line breaks of `text`.
    public init(_ text: String) {
        self.init(Array(text.utf8))
    }

    /// Number of lines (a text with no line break has one).
    public var lineCount: Int { lineStarts.count }

    /// The position of the byte at `offset` (clamped to the text; `bytes.count` is the end of the text).
    public func position(ofByte offset: Int) -> SourcePosition {
        let offset = max(0, min(offset, bytes.count))
        // Last line start <= offset.
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        var column = 1
        var index = lineStarts[low]
        while index < offset {
            if bytes[index] & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        return SourcePosition(line: low + 1, column: column)
    }

    /// The span covering the bytes `range`.
    public func span(ofBytes range: Range<Int>) -> SourceSpan {
        SourceSpan(start: position(ofByte: range.lowerBound), end: position(ofByte: range.upperBound))
    }

    /// The byte range of line `line` (1-based), without its line break.
    public func byteRange(ofLine line: Int) -> Range<Int> {
        guard line >= 1, line <= lineStarts.count else { return bytes.count..<bytes.count }
        let start = lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] : bytes.count
        while end > start, bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D { end -= 1 }
        return start..<end
    }

    /// The byte offset of a 1-based `position` (clamped to its line).
    public func byteOffset(of position: SourcePosition) -> Int {
        let range = byteRange(ofLine: position.line)
        var column = 1
        var index = range.lowerBound
        while index < range.upperBound, column < position.column {
            index += 1
            while index < range.upperBound, bytes[index] & 0xC0 == 0x80 { index += 1 }
            column += 1
        }
        return index
    }

    /// The positions of the byte `offsets` (each clamped to the text), found in one pass over `bytes` without
    /// building a table: what a validator needs for the few findings of a large payload.
    public static func positions(ofBytes offsets: [Int], in bytes: [UInt8]) -> [Int: SourcePosition] {
        let found = BytePositions(offsets, in: bytes)
        var positions: [Int: SourcePosition] = [:]
        for offset in offsets { positions[offset] = found[offset] }
        return positions
    }
}

/// The positions of a few byte offsets of a text, found in one pass over its bytes (see ``LineTable``).
struct BytePositions {
    /// The offsets asked for, clamped, sorted and unique, and their positions.
    private var offsets: [Int]
    private var positions: [SourcePosition] = []
    private let count: Int

    init(_ wanted: [Int], in bytes: [UInt8]) {
        count = bytes.count
        var offsets = wanted.map { max(0, min($0, bytes.count)) }
        offsets.sort()
        var unique = 0
        for offset in offsets where unique == 0 || offsets[unique - 1] != offset {
            offsets[unique] = offset
            unique += 1
        }
        offsets.removeLast(offsets.count - unique)
        self.offsets = offsets
        positions.reserveCapacity(unique)
        var line = 1
        var column = 1
        var index = 0
        bytes.withUnsafeBufferPointer { buffer in
            for offset in offsets {
                // A long stretch (the end of a large file, past its last finding): line feeds and continuation
                // bytes are counted in lanes up to the first carriage return, and the column is worked out after
                // the last line feed.
                if offset - index >= 256 {
                    Self.skipStretch(buffer, from: &index, to: offset, line: &line, column: &column)
                }
                while index < offset {
                    // Eight bytes at a time where the word holds no carriage return: count its line feeds and
                    // the characters after the last one.
                    if index + 8 <= offset, let base = buffer.baseAddress {
                        let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                        if ByteWords.zeroBytes(word ^ Self.carriageReturns) == 0 {
                            let feeds = ByteWords.zeroBytes(word ^ Self.lineFeeds)
                            if feeds == 0 {
                                column += 8 - Self.continuationCount(word)
                            } else {
                                line += ByteWords.flagCount(feeds)
                                let last = (63 - feeds.leadingZeroBitCount) / 8
                                let after = last == 7 ? 0 : word >> UInt64(8 * (last + 1))
                                column = 1 + (7 - last) - Self.continuationCount(after)
                            }
                            index += 8
                            continue
                        }
                    }
                    let byte = buffer[index]
                    if byte == 0x0A || (byte == 0x0D && (index + 1 == buffer.count || buffer[index + 1] != 0x0A)) {
                        line += 1
                        column = 1
                    } else if byte & 0xC0 != 0x80 {
                        column += 1
                    }
                    index += 1
                }
                positions.append(SourcePosition(line: line, column: column))
            }
        }
    }

    /// Moves `index` over whole words towards `offset` while they hold no carriage return, updating `line` and
    /// `column` as the byte loop would.
    private static func skipStretch(
        _ buffer: UnsafeBufferPointer<UInt8>,
        from index: inout Int,
        to offset: Int,
        line: inout Int,
        column: inout Int
    ) {
        guard let base = buffer.baseAddress else { return }
        func word(at position: Int) -> UInt64 { UnsafeRawPointer(base + position).loadUnaligned(as: UInt64.self) }
        let start = index
        var cursor = index
        var feeds = 0
        blocks: while cursor + 8 <= offset {
            // Lanes of one byte count up to 255 words; carriage returns (rare) are looked for once per block.
            let blockStart = cursor
            var feedLanes: UInt64 = 0
            var returns: UInt64 = 0
            var words = 0
            while words < 255, cursor + 8 <= offset {
                let word = word(at: cursor)
                returns |= ByteWords.zeroBytes(word ^ carriageReturns)
                feedLanes &+= ByteWords.zeroBytes(word ^ lineFeeds) >> 7
                cursor += 8
                words += 1
            }
            if returns != 0 {
                // Again, up to the word that holds the first carriage return.
                cursor = blockStart
                feedLanes = 0
                while ByteWords.zeroBytes(word(at: cursor) ^ carriageReturns) == 0 {
                    feedLanes &+= ByteWords.zeroBytes(word(at: cursor) ^ lineFeeds) >> 7
                    cursor += 8
                }
                feeds += ByteWords.laneSum(feedLanes)
                break blocks
            }
            feeds += ByteWords.laneSum(feedLanes)
        }
        guard cursor > start else { return }
        // The column counts the characters after the last line feed (continuation bytes are no characters).
        var lineStart = start
        if feeds > 0 {
            line += feeds
            lineStart = cursor - 1
            while buffer[lineStart] != 0x0A { lineStart -= 1 }
            lineStart += 1
            column = 1
        }
        column += (cursor - lineStart) - ByteWords.continuationCount(buffer, lineStart..<cursor)
        index = cursor
    }

    private static let lineFeeds = ByteWords.repeating(0x0A)
    private static let carriageReturns = ByteWords.repeating(0x0D)

    /// The number of UTF-8 continuation bytes in `word`.
    @inline(__always)
    private static func continuationCount(_ word: UInt64) -> Int {
        ByteWords.flagCount(ByteWords.continuationBytes(word))
    }

    /// The position of `offset` (clamped to the text), which must be one of the offsets asked for.
    subscript(offset: Int) -> SourcePosition {
        let offset = max(0, min(offset, count))
        var low = 0
        var high = offsets.count
        while low < high {
            let middle = (low + high) / 2
            if offsets[middle] < offset { low = middle + 1 } else { high = middle }
        }
        return low < positions.count ? positions[low] : SourcePosition(line: 1, column: 1)
    }
}
