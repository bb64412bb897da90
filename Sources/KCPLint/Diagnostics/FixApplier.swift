/// Applies the fixes of diagnostics to the payload they were found in, as byte edits: only the value or key a fix
/// names changes, so the rest of the file (indentation, key order, other values) stays as it was written.
public enum FixApplier {
    /// Which fixes to apply.
    public enum Selection: Sendable {
        /// Only fixes that keep the payload's meaning (``Diagnostic/Fix/isSafe``).
        case safe
        /// Every fix, suggestions included.
        case all
    }

    /// The outcome of ``apply(_:to:selecting:)``.
    public struct Outcome: Sendable {
        /// The payload with the fixes applied (the input unchanged when none was).
        public var bytes: [UInt8]
        /// The diagnostics whose fixes were applied, in the order given.
        public var applied: [Diagnostic]
    }

    /// `bytes` with the fixes of `diagnostics` applied.
    ///
    /// A fix is skipped when its pointer no longer resolves, when a rename would duplicate a member, when it
    /// overlaps an edit already chosen (the first in document order wins: run ``apply(_:to:selecting:)`` again on
    /// fresh diagnostics for the rest), or when its pointer goes through a member whose name its object holds twice
    /// (the pointer is then ambiguous). The result always parses: if it would not, nothing is applied.
    public static func apply(
        _ diagnostics: [Diagnostic],
        to bytes: [UInt8],
        selecting selection: Selection = .safe
    ) -> Outcome {
        let unchanged = Outcome(bytes: bytes, applied: [])
        let wanted = diagnostics.indices.filter { index in
            guard let fix = diagnostics[index].fix else { return false }
            return selection == .all || fix.isSafe
        }
        guard !wanted.isEmpty else { return unchanged }
        let read = JSONReader().read(bytes)
        guard let document = read.document else { return unchanged }
        let hasDuplicateKeys = read.problems.contains { $0.kind == .duplicateKey }
        var edits: [Edit] = []
        var renamed: Set<RenameTarget> = []
        // Safe fixes claim their member names first: a guessed rename (`buyer_nmae`) never takes the name a sure
        // one (`"buyer_name "`, trimmed) gives back.
        let (safe, unsafe) = (
            wanted.filter { diagnostics[$0].fix?.isSafe == true }, wanted.filter { diagnostics[$0].fix?.isSafe != true }
        )
        for index in safe + unsafe {
            guard let fix = diagnostics[index].fix,
                let place = resolve(diagnostics[index].pointer, in: document, checkingDuplicates: hasDuplicateKeys),
                let edit = edit(for: fix, at: place, in: document, diagnostic: index, renamed: &renamed),
                // A fix that writes what is there already changes nothing and is not applied.
                !bytes[edit.range].elementsEqual(edit.text)
            else { continue }
            edits.append(edit)
        }
        edits.sort { ($0.range.lowerBound, $0.diagnostic) < ($1.range.lowerBound, $1.diagnostic) }
        var kept: [Edit] = []
        for edit in edits where kept.last.map({ $0.range.upperBound <= edit.range.lowerBound }) ?? true {
            kept.append(edit)
        }
        guard !kept.isEmpty else { return unchanged }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + kept.reduce(0) { $0 + $1.text.count })
        var cursor = 0
        for edit in kept {
            output += bytes[cursor..<edit.range.lowerBound]
            output += edit.text
            cursor = edit.range.upperBound
        }
        output += bytes[cursor...]
        guard JSONReader().read(output).document != nil else { return unchanged }
        let applied = Set(kept.map(\.diagnostic))
        return Outcome(bytes: output, applied: diagnostics.indices.filter(applied.contains).map { diagnostics[$0] })
    }

    /// One replacement of a byte range.
    private struct Edit {
        var range: Range<Int>
        var text: [UInt8]
        var diagnostic: Int
    }

    /// A member name a rename gives in one object.
    private struct RenameTarget: Hashable {
        var object: Int32
        var key: String
    }

    /// What a pointer resolved to: the value, and the member holding it (nil for the root and array items).
    private struct Place {
        var value: JSONNodeID
        var member: (object: JSONNodeID, keyRange: Range<Int>)?
    }

    private static func edit(
        for fix: Diagnostic.Fix,
        at place: Place,
        in document: JSONDocument,
        diagnostic: Int,
        renamed: inout Set<RenameTarget>
    ) -> Edit? {
        switch fix.kind {
        case .replace:
            // The new value must be one JSON value on its own.
            guard let value = fix.value, JSONReader().read(Array(value.utf8)).document != nil else { return nil }
            return Edit(range: document.byteRange(of: place.value), text: Array(value.utf8), diagnostic: diagnostic)
        case .rename:
            guard let key = fix.key, let member = place.member,
                document.member(of: member.object, named: key) == nil,
                renamed.insert(RenameTarget(object: member.object.index, key: key)).inserted
            else { return nil }
            return Edit(range: member.keyRange, text: Array(JSONText.quote(key).utf8), diagnostic: diagnostic)
        }
    }

    /// The value at an RFC 6901 pointer, or nil when a step is missing.
    /// The place `pointer` names; nil when it names nothing, or (`checkingDuplicates`) when it goes through a
    /// member whose name its object holds twice, which makes it ambiguous.
    private static func resolve(_ pointer: String, in document: JSONDocument, checkingDuplicates: Bool) -> Place? {
        var place = Place(value: document.root, member: nil)
        guard !pointer.isEmpty else { return place }
        guard pointer.hasPrefix("/") else { return nil }
        for token in pointer.utf8.dropFirst().split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false) {
            let name = unescape(token)
            switch document.kind(of: place.value) {
            case .object:
                guard let member = document.member(of: place.value, named: name) else { return nil }
                if checkingDuplicates,
                    document.members(of: place.value).lazy.filter({ $0.key.utf8.elementsEqual(name.utf8) }).count > 1
                {
                    return nil
                }
                place = Place(value: member.value, member: (place.value, member.keyRange))
            case .array:
                let items = document.items(of: place.value)
                guard let index = Int(name), index >= 0, index < items.count, String(index) == name else { return nil }
                place = Place(value: items[items.startIndex + index], member: nil)
            default:
                return nil
            }
        }
        return place
    }

    /// A pointer token's text: `~1` is `/`, `~0` is `~`.
    private static func unescape(_ token: Substring.UTF8View.SubSequence) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(token.count)
        var escaped = false
        for byte in token {
            if escaped {
                bytes.append(
                    byte == UInt8(ascii: "1") ? UInt8(ascii: "/") : byte == UInt8(ascii: "0") ? UInt8(ascii: "~") : byte
                )
                escaped = false
            } else if byte == UInt8(ascii: "~") {
                escaped = true
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
