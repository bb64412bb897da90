extension Masking {
    /// How to mask the value of a member whose name the catalogue does not know but that reads like a sensitive
    /// one (`brith`, `birthday`, `dob`, `pwd_2digits`, `card_pw`, `cardNumber`, `card_no`, `expiry_date`, `exp_date`,
    /// `cvc`, `생년월일`, `카드번호`): nil for other names. Letters are compared without case, and characters other
    /// than letters and digits are ignored.
    static func guessedSensitivity<Name: Collection<UInt8>>(ofName name: Name) -> Sensitivity? {
        // Called for every member name the catalogue does not know: no allocation, and most names are told apart
        // by their letters at once.
        guard name.count >= 3 else { return nil }
        var index = name.startIndex
        while index != name.endIndex {
            switch name[index] | 0x20 {
            case UInt8(ascii: "c"):
                if matches("cardnum", name, at: index) || matches("cardno", name, at: index) { return .pan }
                if matches("cvc", name, at: index) || matches("cvv", name, at: index)
                    || matches("cardpw", name, at: index)
                    || matches("cardpin", name, at: index, wholeWord: true)
                {
                    return .full
                }
            case UInt8(ascii: "b"):
                if matches("birth", name, at: index) || matches("brith", name, at: index) { return .full }
            case UInt8(ascii: "d"):
                if matches("dob", name, at: index, wholeWord: true) { return .full }
            case UInt8(ascii: "p"):
                if matches("pwd", name, at: index) || matches("passw", name, at: index) { return .full }
            case UInt8(ascii: "e"):
                if matches("expir", name, at: index) || matches("expdate", name, at: index) { return .full }
            case 0xEB, 0xEC:
                // 카드번호 (card number), 생년월일 (date of birth), 비밀번호 (password), 유효기간 (expiry).
                if matches("카드번호", name, at: index) { return .pan }
                if matches("생년월일", name, at: index) || matches("비밀번호", name, at: index)
                    || matches("유효기간", name, at: index)
                {
                    return .full
                }
            default:
                break
            }
            name.formIndex(after: &index)
        }
        return nil
    }

    /// Whether `name` holds all the letters of some fragment ``guessedSensitivity(ofName:)`` looks for (or a
    /// non-ASCII byte): a name that does not (most of them: `channel`, `memo`, `order_ref`) is told apart in one
    /// pass over its bytes, as letters set as bits.
    static func mayBeSensitiveName(_ name: UnsafeBufferPointer<UInt8>) -> Bool {
        var letters: UInt32 = 0
        var high: UInt8 = 0
        for byte in name {
            let folded = byte | 0x20
            if folded &- 0x61 < 26 { letters |= 1 << UInt32(folded &- 0x61) }
            high |= byte
        }
        // The letters of `card`, `cv`, `birth`, `dob`, `pwd`, `pasw` and `exp`, as bits (a = bit 0).
        func all(_ mask: UInt32) -> Bool { letters & mask == mask }
        return high >= 0x80 || all(0x2_000D) || all(0x20_0004) || all(0xA_0182) || all(0x400A) || all(0x40_8008)
            || all(0x44_8001) || all(0x80_8010)
    }

    /// Whether `fragment` (lowercase ASCII letters) is spelt in `name` from `start`, ignoring case and the
    /// characters between letters and digits (`card_no`, `Card-Num`).
    private static func matches<Name: Collection<UInt8>>(
        _ fragment: StaticString,
        _ name: Name,
        at start: Name.Index,
        wholeWord: Bool = false
    ) -> Bool {
        // A short fragment (`dob`, `cardpin`) is a word of its own: `user_dob`, `buyerDob`, not `dobby` or `adobe`.
        if wholeWord, start != name.startIndex, name[start] >= 0x61 {
            var before = name.startIndex
            var previous = name[before]
            while before != start {
                previous = name[before]
                name.formIndex(after: &before)
            }
            if previous | 0x20 >= 0x61 && previous | 0x20 <= 0x7A { return false }
        }
        var index = start
        var matched = 0
        let count = fragment.utf8CodeUnitCount
        while matched < count {
            guard index != name.endIndex else { return false }
            let byte = name[index]
            let folded = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            if folded == fragment.utf8Start[matched] {
                matched += 1
            } else if (folded >= 0x61 && folded <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte >= 0x80 {
                return false
            }
            name.formIndex(after: &index)
        }
        if wholeWord, index != name.endIndex, name[index] >= 0x61 && name[index] <= 0x7A { return false }
        return true
    }

    /// The sensitive values of a payload that is not valid JSON (so that its code frames mask them too), found
    /// token by token: the value after a member name that `names` lists or that reads like a sensitive one
    /// (``guessedSensitivity(ofName:)``). Tolerant of what broke the document: single-quoted strings and bare names
    /// (an object copied from JavaScript), strings cut off at the end of a line, trailing commas.
    static func lexicalSensitiveRanges(_ bytes: [UInt8], names: [String: Sensitivity]) -> [MaskedRange] {
        var ranges: [MaskedRange] = []
        var index = 0
        var pending: Sensitivity?
        // The last string or bare word, which a `:` makes a member name.
        var lastName: Range<Int>?
        func isWordByte(_ byte: UInt8) -> Bool {
            byte >= 0x80 || byte == 0x5F || byte == 0x24 || byte >= 0x30 && byte <= 0x39
                || (byte | 0x20) >= 0x61
                    && (byte | 0x20) <= 0x7A
        }
        func sensitivity(_ token: Range<Int>) -> Sensitivity? {
            var inner = token
            if let first = bytes[safe: inner.lowerBound], first == 0x22 || first == 0x27 {
                inner = (inner.lowerBound + 1)..<max(inner.lowerBound + 1, inner.upperBound)
                if inner.upperBound > inner.lowerBound, bytes[inner.upperBound - 1] == first {
                    inner = inner.lowerBound..<(inner.upperBound - 1)
                }
            }
            // A name written with escapes (`"b\u0069rth"`) is compared decoded.
            let name = bytes[inner].contains(0x5C) ? decodedEscapes(bytes[inner]) : Array(bytes[inner])
            return names[String(decoding: name, as: UTF8.self)] ?? guessedSensitivity(ofName: name)
        }
        func record(_ token: Range<Int>) {
            let word = bytes[token]
            let isLiteral =
                word.elementsEqual("true".utf8) || word.elementsEqual("false".utf8) || word.elementsEqual("null".utf8)
            if let kind = pending, !isLiteral {
                ranges.append(MaskedRange(byteRange: token, kind: kind == .pan ? .pan : .full))
            }
            pending = nil
        }
        // A value right after a sensitive name, with the `:` left out (`{"birth" 820213}`), is masked too.
        func nameOrValue(_ token: Range<Int>) {
            if pending == nil, let name = lastName, let kind = sensitivity(name) { pending = kind }
            if pending != nil {
                record(token)
                lastName = nil
            } else {
                lastName = token
            }
        }
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case 0x22, 0x27, 0x60:
                // A string, to its closing quote or the end of its line.
                let start = index
                index += 1
                while index < bytes.count, bytes[index] != byte, bytes[index] != 0x0A, bytes[index] != 0x0D {
                    index += bytes[index] == 0x5C ? 2 : 1
                }
                index = min(bytes.count, index < bytes.count && bytes[index] == byte ? index + 1 : index)
                nameOrValue(start..<index)
            case 0x3A, 0x3D:
                // `:`, or `=` of a form-encoded body (`birth=820213&pwd_2digit=42`) or PHP's `=>`.
                pending = lastName.flatMap(sensitivity)
                lastName = nil
                index += 1
            case 0x20, 0x09, 0x0A, 0x0D:
                index += 1
            case 0x7B where pending != nil, 0x5B where pending != nil:
                // A list or an object as a sensitive member's value (`"pwd_2digit": [42]`): masked whole, to its
                // closing bracket, or to the end of its line when the file breaks off first.
                let start = index
                index = closingBracket(bytes, from: index)
                record(start..<index)
                lastName = nil
            case 0x5D where index + 1 < bytes.count && bytes[index + 1] == 0x3D:
                // `card[birth]=…` (a form field in brackets): the name in the brackets is the one.
                index += 1
            case 0x7B, 0x5B, 0x7D, 0x5D, 0x2C:
                // A container is not masked whole (the names inside it are looked at); a comma ends a value.
                pending = nil
                lastName = nil
                index += 1
            default:
                guard isWordByte(byte) || byte == 0x2D || byte == 0x2B || byte == 0x2E else {
                    lastName = nil
                    index += 1
                    continue
                }
                // A bare word: a number, a literal, a name written without quotes, or garbage.
                let start = index
                // (`%` too: a URL-encoded value, `4556%207375…`, is one word.)
                while index < bytes.count,
                    isWordByte(bytes[index]) || bytes[index] == 0x2D || bytes[index] == 0x2B
                        || bytes[index] == 0x2E || bytes[index] == 0x25
                {
                    index += 1
                }
                nameOrValue(start..<index)
            }
        }
        return ranges
    }

    /// The end of the list or object that opens at `start`: after its closing bracket (strings skipped, nesting
    /// counted), or the end of the line when there is none.
    private static func closingBracket(_ bytes: [UInt8], from start: Int) -> Int {
        var depth = 0
        var index = start
        var lineEnd: Int?
        while index < bytes.count {
            switch bytes[index] {
            case 0x22:
                index += 1
                while index < bytes.count, bytes[index] != 0x22, bytes[index] != 0x0A {
                    index += bytes[index] == 0x5C ? 2 : 1
                }
            case 0x7B, 0x5B:
                depth += 1
            case 0x7D, 0x5D:
                depth -= 1
                if depth == 0 { return min(index + 1, bytes.count) }
            case 0x0A, 0x0D:
                if lineEnd == nil { lineEnd = index }
            default:
                break
            }
            index += 1
        }
        return min(lineEnd ?? bytes.count, bytes.count)
    }

    /// The UTF-8 of a JSON string's text with its escapes resolved (`\u0069` → `i`, `\"` → `"`); an escape that is
    /// not one is kept as written.
    private static func decodedEscapes(_ text: ArraySlice<UInt8>) -> [UInt8] {
        var output: [UInt8] = []
        var index = text.startIndex
        while index < text.endIndex {
            let byte = text[index]
            guard byte == 0x5C, index + 1 < text.endIndex else {
                output.append(byte)
                index += 1
                continue
            }
            let next = text[index + 1]
            if next == 0x75, index + 6 <= text.endIndex,
                let value = UInt32(String(decoding: text[(index + 2)..<(index + 6)], as: UTF8.self), radix: 16),
                let scalar = Unicode.Scalar(value)
            {
                output += Array(String(Character(scalar)).utf8)
                index += 6
            } else {
                output.append(next == 0x6E ? 0x0A : next == 0x74 ? 0x09 : next)
                index += 2
            }
        }
        return output
    }
}

extension Array {
    fileprivate subscript(safe index: Int) -> Element? {
        indices.contains(index) ? self[index] : nil
    }
}
