/// A unified diff of one file (`check --diff`), in the form `git apply` and `patch -p1` read.
///
/// A fix changes a value or a key, never a line break, so the fixed file has the lines of the original, each
/// changed or not: the hunks are the runs of changed lines with three lines of context. Texts whose line counts
/// differ (never expected) get one hunk over the whole file.
enum UnifiedDiff {
    /// Lines of context around each change.
    static let context = 3

    /// The diff of `path` from `old` to `new` (empty when they are equal).
    static func make(path: String, old: [UInt8], new: [UInt8]) -> [UInt8] {
        guard old != new else { return [] }
        let before = lines(old)
        let after = lines(new)
        var output: [UInt8] = []
        output += Array("--- \(headerName("a/" + path))\n+++ \(headerName("b/" + path))\n".utf8)
        guard before.count == after.count else {
            hunk(before, 0..<before.count, after, 0..<after.count, changed: { _ in true }, into: &output)
            return output
        }
        let changed = before.indices.filter { before[$0] != after[$0] }
        var index = 0
        while index < changed.count {
            // One hunk: changes whose contexts touch.
            var last = index
            while last + 1 < changed.count, changed[last + 1] - changed[last] <= 2 * context { last += 1 }
            let lower = max(0, changed[index] - context)
            let upper = min(before.count, changed[last] + context + 1)
            let lines = lower..<upper
            let set = Set(changed[index...last])
            hunk(before, lines, after, lines, changed: set.contains, into: &output)
            index = last + 1
        }
        return output
    }

    /// A file name as git writes it in a `---` / `+++` line, which `git apply` and `patch` read back: in double
    /// quotes with C escapes when it holds a quote, a backslash or a control character (`"a/tab\tx.json"`), and
    /// followed by a tab when it holds a space (the tab ends the name).
    static func headerName(_ name: String) -> String {
        let needsQuotes = name.utf8.contains { $0 < 0x20 || $0 == 0x7F || $0 == 0x22 || $0 == 0x5C }
        guard needsQuotes else { return name.utf8.contains(0x20) ? name + "\t" : name }
        var quoted: [UInt8] = [0x22]
        for byte in name.utf8 {
            switch byte {
            case 0x22: quoted += Array("\\\"".utf8)
            case 0x5C: quoted += Array("\\\\".utf8)
            case 0x09: quoted += Array("\\t".utf8)
            case 0x0A: quoted += Array("\\n".utf8)
            case 0x0D: quoted += Array("\\r".utf8)
            case 0..<0x20, 0x7F:
                quoted += [0x5C, 0x30 + byte >> 6, 0x30 + (byte >> 3) & 7, 0x30 + byte & 7]
            default: quoted.append(byte)
            }
        }
        quoted.append(0x22)
        return String(decoding: quoted, as: UTF8.self)
    }

    /// The lines of `text`, each with its line break (the last may have none).
    private static func lines(_ text: [UInt8]) -> [ArraySlice<UInt8>] {
        var lines: [ArraySlice<UInt8>] = []
        var start = 0
        for (offset, byte) in text.enumerated() where byte == UInt8(ascii: "\n") {
            lines.append(text[start...offset])
            start = offset + 1
        }
        if start < text.count { lines.append(text[start...]) }
        return lines
    }

    /// Appends one hunk: lines `old` of `before` against lines `new` of `after`; with equal ranges, runs of lines
    /// `changed` says differ are written as removals then additions, the others as context.
    private static func hunk(
        _ before: [ArraySlice<UInt8>],
        _ old: Range<Int>,
        _ after: [ArraySlice<UInt8>],
        _ new: Range<Int>,
        changed: (Int) -> Bool,
        into output: inout [UInt8]
    ) {
        func range(_ lines: Range<Int>) -> String {
            lines.isEmpty ? "\(lines.lowerBound),0" : "\(lines.lowerBound + 1),\(lines.count)"
        }
        output += Array("@@ -\(range(old)) +\(range(new)) @@\n".utf8)
        func line(_ prefix: UInt8, _ text: ArraySlice<UInt8>) {
            output.append(prefix)
            output += text
            if text.last != UInt8(ascii: "\n") { output += Array("\n\\ No newline at end of file\n".utf8) }
        }
        guard old == new else {
            for index in old { line(UInt8(ascii: "-"), before[index]) }
            for index in new { line(UInt8(ascii: "+"), after[index]) }
            return
        }
        var index = old.lowerBound
        while index < old.upperBound {
            guard changed(index) else {
                line(UInt8(ascii: " "), before[index])
                index += 1
                continue
            }
            var end = index
            while end < old.upperBound, changed(end) { end += 1 }
            for changedLine in index..<end { line(UInt8(ascii: "-"), before[changedLine]) }
            for changedLine in index..<end { line(UInt8(ascii: "+"), after[changedLine]) }
            index = end
        }
    }
}
