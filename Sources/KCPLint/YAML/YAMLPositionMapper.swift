/// Converts libyaml marks to the project's positions (1-based; lines broken by `\n`, `\r\n`, `\r`; columns
/// in Unicode scalars, as `LineTable` counts them).
///
/// libyaml follows YAML 1.1 and also breaks lines at NEL (U+0085), LS (U+2028) and PS (U+2029), which the
/// project (like YAML 1.2 and JSON) does not. For the usual text without those characters a mark's own
/// line and column are exact and used directly. When the text contains one, positions are recomputed from
/// the mark's scalar index with a checkpoint table (one entry per 256 scalars), so every lookup costs at
/// most 256 steps.
///
/// A leading UTF-8 byte order mark is not given to libyaml (with the encoding set explicitly, libyaml would
/// count it as a column and misread the first line's indentation); `bodyOffset` says how many bytes were
/// skipped, and positions count the mark as the first column of line 1, as `LineTable` does.
struct YAMLPositionMapper: Sendable {
    private struct Checkpoint: Sendable {
        var byteOffset: Int
        var line: Int
        var column: Int
    }

    private static let stride = 256
    private let bytes: [UInt8]
    /// nil when libyaml's own lines and columns are exact.
    private let checkpoints: [Checkpoint]?
    /// Bytes before the text given to libyaml: 3 for a UTF-8 byte order mark, else 0.
    let bodyOffset: Int

    /// Prepares the mapping for `bytes`, the whole input (byte order mark included).
    init(bytes: [UInt8]) {
        self.bytes = bytes
        self.bodyOffset = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        self.checkpoints = Self.containsYAML11LineBreak(bytes) ? Self.buildCheckpoints(bytes) : nil
    }

    /// The position of a libyaml mark given its 0-based `line`, `column` and scalar `index` in the text
    /// after `bodyOffset`.
    func position(line: Int, column: Int, index: Int) -> SourcePosition {
        // The byte order mark is one scalar, on line 1.
        let markScalars = bodyOffset > 0 ? 1 : 0
        guard let checkpoints, !checkpoints.isEmpty else {
            return SourcePosition(line: line + 1, column: column + 1 + (line == 0 ? markScalars : 0))
        }
        let index = index + markScalars
        let slot = max(0, min(index / Self.stride, checkpoints.count - 1))
        var state = checkpoints[slot]
        var remaining = index - slot * Self.stride
        while remaining > 0, state.byteOffset < bytes.count {
            Self.advance(&state, in: bytes)
            remaining -= 1
        }
        return SourcePosition(line: state.line, column: state.column)
    }

    /// Moves `state` past one Unicode scalar, updating line and column the way `LineTable` counts them.
    private static func advance(_ state: inout Checkpoint, in bytes: [UInt8]) {
        let byte = bytes[state.byteOffset]
        var next = state.byteOffset + 1
        while next < bytes.count, bytes[next] & 0xC0 == 0x80 { next += 1 }
        if byte == 0x0A || (byte == 0x0D && (next >= bytes.count || bytes[next] != 0x0A)) {
            state.line += 1
            state.column = 1
        } else {
            state.column += 1
        }
        state.byteOffset = next
    }

    private static func buildCheckpoints(_ bytes: [UInt8]) -> [Checkpoint] {
        var checkpoints: [Checkpoint] = []
        var state = Checkpoint(byteOffset: 0, line: 1, column: 1)
        var scalarIndex = 0
        while state.byteOffset < bytes.count {
            if scalarIndex % stride == 0 { checkpoints.append(state) }
            advance(&state, in: bytes)
            scalarIndex += 1
        }
        if scalarIndex % stride == 0 { checkpoints.append(state) }
        return checkpoints
    }

    /// Whether `bytes` contain NEL (C2 85), LS (E2 80 A8) or PS (E2 80 A9).
    private static func containsYAML11LineBreak(_ bytes: [UInt8]) -> Bool {
        var index = 0
        let count = bytes.count
        while index + 1 < count {
            let byte = bytes[index]
            if byte == 0xC2, bytes[index + 1] == 0x85 { return true }
            if byte == 0xE2, index + 2 < count, bytes[index + 1] == 0x80,
                bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9
            {
                return true
            }
            index += 1
        }
        return false
    }
}
