extension Evaluator {
    /// Test card numbers published by card networks and gateways; never reported.
    static let testCardNumbers: Set<String> = [
        "4111111111111111", "4242424242424242", "4000056655665556", "4012888888881881", "4222222222222",
        "5555555555554444", "5105105105105100", "5200828282828210", "2223003122003222", "378282246310005",
        "371449635398431", "378734493671000", "6011111111111117", "6011000990139424", "3530111333300000",
        "3566002020360505", "30569309025904", "38520000023237", "6200000000000005", "4000000000000002",
        "4000000000000077", "4000000000003220", "5454545454545454", "4917610000000000", "4444333322221111",
    ]

    /// Members whose names say they hold identifiers, not card numbers.
    private static let identifierKeys: Set<String> = [
        "merchant_uid", "customer_uid", "imp_uid", "orderNumber", "schedule_at",
    ]

    /// Member names that hold PortOne REST credentials.
    private static let credentialKeys: Set<String> = [
        "imp_key", "imp_secret", "api_key", "api_secret", "apikey", "apisecret", "secret", "access_token",
        "accesstoken",
        "authorization", "client_secret", "portone_secret", "iamport_secret",
    ]

    /// One step of the path to a value: an object member (its key's tape index) or an array item.
    private struct SecretStep {
        /// The key node's tape index, or -1 for an array item.
        var key: Int32
        /// Array items: the item's position.
        var position: Int
        var value: JSONNodeID
    }

    /// Reports card numbers and REST credentials anywhere in the request (never echoing them), and records the
    /// values of sensitive names for masking.
    ///
    /// A scan over the document's buffers finds the few values worth a closer look; only those are decoded and
    /// given a path, so a large payload costs no memory beyond its depth.
    func checkSecrets(slot: Slot) {
        reportSecrets(scanSecrets(slot: slot), slot: slot)
    }

    /// The first half of ``checkSecrets(slot:)``: the values worth a closer look, in document order. It reads only
    /// the document and the plan, so it may run on another thread while the evaluator does nothing else.
    func scanSecrets(slot: Slot) -> [SecretEvent] {
        guard let root = slot.node else { return [] }
        let (cards, credentials) = (plan.scansCardNumbers, plan.scansCredentials)
        return plan.sensitivityOfKey.withUnsafeBufferPointer { sensitivityOfKey in
            plan.isCredentialKey.withUnsafeBufferPointer { isCredentialKey in
                document.tape.withUnsafeBufferPointer { tape in
                    document.children.withUnsafeBufferPointer { children in
                        document.bytes.withUnsafeBufferPointer { bytes in
                            var scan = SecretScan(
                                tape: tape,
                                children: children,
                                bytes: bytes,
                                sensitivityOfKey: sensitivityOfKey,
                                isCredentialKey: isCredentialKey,
                                credentials: credentials,
                                cards: cards
                            )
                            scan.scan(root.index, key: -1)
                            return scan.events
                        }
                    }
                }
            }
        }
    }

    /// The second half of ``checkSecrets(slot:)``: reports and records what the scan found.
    func reportSecrets(_ events: [SecretEvent], slot: Slot) {
        guard let root = slot.node else { return }
        for event in events {
            switch event {
            case .sensitiveValue(let value, let index):
                // Masked wherever the name appears, whatever the kind's dictionary says.
                sensitive.append(
                    (document.byteRange(of: JSONNodeID(value)), plan.sensitivities[Int(index)]),
                    firstCapacity: 8
                )
            case .guessedSensitiveValue(let value, let sensitivity):
                sensitive.append((document.byteRange(of: JSONNodeID(value)), sensitivity), firstCapacity: 8)
            case .string(let value, let key, let mayBeCredential, let mayBeCard):
                let node = JSONNodeID(value)
                if mayBeCredential, Self.isCredentialKey(document.member(atKey: key).key) {
                    sensitive.append((document.byteRange(of: node), .full), firstCapacity: 8)
                    reportSecret(.secretCredential, slot: self.slot(for: node, from: root, base: slot))
                } else if mayBeCard, key < 0 || !Self.identifierKeys.contains(document.member(atKey: key).key),
                    Self.looksLikeCardNumber(
                        document.string(of: node)
                            ?? String(decoding: document.bytes[document.byteRange(of: node)], as: UTF8.self)
                    )
                {
                    sensitive.append((document.byteRange(of: node), .pan), firstCapacity: 8)
                    reportSecret(.secretCardNumber, slot: self.slot(for: node, from: root, base: slot))
                }
            }
        }
    }

    /// What the scan of ``checkSecrets(slot:)`` found, in document order.
    enum SecretEvent {
        /// The value of a member whose name is sensitive (index into the plan's sensitivities).
        case sensitiveValue(Int32, Int32)
        /// The value of a member whose unknown name reads like a sensitive one (see
        /// ``Masking/guessedSensitivity(ofName:)``).
        case guessedSensitiveValue(Int32, Sensitivity)
        /// A string that may be a credential (by its member's name) or a card number (by its bytes; also a number
        /// of 13 to 19 digits), and the tape index of the key of the member holding it (or the array holding it), or
        /// -1.
        case string(Int32, key: Int32, mayBeCredential: Bool, mayBeCard: Bool)
    }

    /// A walk of every value below a node, over the document's buffers, in document order.
    private struct SecretScan {
        let tape: UnsafeBufferPointer<JSONTapeNode>
        let children: UnsafeBufferPointer<Int32>
        let bytes: UnsafeBufferPointer<UInt8>
        /// Per key id: the index of its sensitivity, or -1.
        let sensitivityOfKey: UnsafeBufferPointer<Int32>
        /// Per key id: whether the name is a credential's.
        let isCredentialKey: UnsafeBufferPointer<Bool>
        let credentials: Bool
        let cards: Bool
        var events: [SecretEvent] = []

        /// `key`: the tape index of the key of the member holding `node` (or the array holding it), or -1.
        mutating func scan(_ node: Int32, key: Int32) {
            let entry = tape[Int(node)]
            switch entry.kind {
            case .object:
                for slot in Int(entry.base)..<Int(entry.base + entry.count) {
                    let keyIndex = children[slot]
                    let id = Int(tape[Int(keyIndex)].base)
                    if id >= 0, id < sensitivityOfKey.count, sensitivityOfKey[id] >= 0 {
                        // `null`, `true` and `false` hold nothing to hide.
                        let valueKind = tape[Int(keyIndex) + 1].kind
                        if valueKind != .null, valueKind != .true, valueKind != .false {
                            events.append(.sensitiveValue(keyIndex + 1, sensitivityOfKey[id]))
                        }
                    } else if id < 0 {
                        // A name the catalogue does not know that reads like a sensitive one (`brith`, `card_no`).
                        let keyNode = tape[Int(keyIndex)]
                        let name = bytes[(Int(keyNode.start) + 1)..<max(Int(keyNode.start) + 1, Int(keyNode.end) - 1)]
                        // Only a value that can hold a secret (a list or an object whole): `"birth_required": true`
                        // keeps its value.
                        let valueKind = tape[Int(keyIndex) + 1].kind
                        if valueKind != .null, valueKind != .true, valueKind != .false,
                            Masking.mayBeSensitiveName(UnsafeBufferPointer(rebasing: name)),
                            let guess = Masking.guessedSensitivity(ofName: name)
                        {
                            events.append(.guessedSensitiveValue(keyIndex + 1, guess))
                        }
                    }
                    scan(keyIndex + 1, key: keyIndex)
                }
            case .array:
                for slot in Int(entry.base)..<Int(entry.base + entry.count) { scan(children[slot], key: key) }
            case .string:
                let byteCount = Int(entry.end - entry.start) - 2
                let mayBeCredential = credentials && byteCount >= 8 && key >= 0 && mayBeCredentialKey(key)
                // A string written with escapes (`"\u0034…"`, rare) is looked at decoded.
                let mayBeCard =
                    cards && byteCount >= 13
                    && (byteCount <= 23 && hasCardDigitCount(entry)
                        || entry.flags & JSONTapeNode.hasEscapes != 0 && byteCount <= 23 * 6)
                if mayBeCredential || mayBeCard {
                    events.append(.string(node, key: key, mayBeCredential: mayBeCredential, mayBeCard: mayBeCard))
                }
            case .number:
                // A card number written as a JSON number (`card_number: 4111111111111111` from a form's number
                // field): 13 to 19 digits and nothing else.
                let byteCount = Int(entry.end - entry.start)
                if cards, byteCount >= 13, byteCount <= 19,
                    bytes[Int(entry.start)..<Int(entry.end)].allSatisfy({ $0 &- 0x30 < 10 })
                {
                    events.append(.string(node, key: key, mayBeCredential: false, mayBeCard: true))
                }
            default:
                break
            }
        }

        /// Whether the key node at `key` may name a credential: exactly for a name with an id, otherwise a cheap
        /// test on the raw key before decoding it (most keys are told apart by their first letter).
        private func mayBeCredentialKey(_ key: Int32) -> Bool {
            let id = Int(tape[Int(key)].base)
            if id >= 0, id < isCredentialKey.count { return isCredentialKey[id] }
            let start = Int(tape[Int(key)].start) + 1
            guard start < bytes.count else { return false }
            let first = bytes[start]
            return first >= 0x80 || first == UInt8(ascii: "\\") || Evaluator.credentialInitials[Int(first | 0x20)]
        }

        /// The raw string holds only digits, spaces and hyphens, and as many digits as a card number has (13 to
        /// 19): a phone number such as `010-1234-5678` is told apart here, before anything is decoded.
        private func hasCardDigitCount(_ entry: JSONTapeNode) -> Bool {
            var digits = 0
            for index in (Int(entry.start) + 1)..<(Int(entry.end) - 1) {
                let byte = bytes[index]
                if byte &- 0x30 < 10 {
                    digits += 1
                } else if byte != 0x20 && byte != 0x2D {
                    return false
                }
            }
            return digits >= 13 && digits <= 19
        }
    }

    /// Whether `key`, ignoring case, names a credential.
    static func isCredentialKey(_ key: String) -> Bool {
        // The names are ASCII and most keys are told apart by their first letter without lowercasing them.
        if let first = key.utf8.first, first < 0x80, !credentialInitials[Int(first | 0x20)] { return false }
        return credentialKeys.contains(key.lowercased())
    }

    /// Which ASCII bytes start a credential name.
    fileprivate static let credentialInitials: [Bool] = {
        var initials = [Bool](repeating: false, count: 128)
        for key in credentialKeys { if let first = key.utf8.first { initials[Int(first)] = true } }
        return initials
    }()

    /// The slot of `node`, a value below `root` (the request, at slot `base`).
    private func slot(for node: JSONNodeID, from root: JSONNodeID, base: Slot) -> Slot {
        var index = base.trail
        var anchor = base.anchor
        for step in path(to: node, from: root) {
            if step.key >= 0 {
                index = trail.child(of: index, .key(document.member(atKey: step.key).key))
                anchor = document.keyRange(atKey: step.key)
            } else {
                index = trail.child(of: index, .index(step.position))
                let start = document.byteRange(of: step.value).lowerBound
                anchor = start..<(start + 1)
            }
        }
        return Slot(node: node, trail: index, anchor: anchor)
    }

    /// The steps from `root` down to `node`. The tape lists values in document order, each container before what
    /// it holds: the child holding `node` is the last whose value comes before it.
    private func path(to node: JSONNodeID, from root: JSONNodeID) -> [SecretStep] {
        var steps: [SecretStep] = []
        var current = root
        while current.index < node.index {
            // By binary search: a payload of thousands of card numbers in one list must not cost a scan each.
            var next: SecretStep?
            if let (position, child) = document.lastChild(of: current, atOrBeforeTapeIndex: node.index) {
                next =
                    document.kind(of: current) == .object
                    ? SecretStep(key: child, position: 0, value: JSONNodeID(child + 1))
                    : SecretStep(key: -1, position: position, value: JSONNodeID(child))
            }
            guard let step = next, step.value.index > current.index else { break }
            steps.append(step)
            current = step.value
        }
        return steps
    }

    /// 13–19 digits (spaces or hyphens allowed between groups), a card-network prefix, Luhn-valid, not a test number.
    static func looksLikeCardNumber(_ text: String) -> Bool {
        let utf8 = text.utf8
        guard utf8.count >= 13, utf8.count <= 23 else { return false }
        var digits: [Int] = []
        digits.reserveCapacity(19)
        for byte in utf8 {
            switch byte {
            case 0x30...0x39: digits.append(Int(byte - 0x30))
            case 0x20, 0x2D: continue
            default: return false
            }
        }
        // 13 digits only for old Visa numbers: an ISBN-13 (978…, 979…) or another 13-digit code is no card.
        guard (13...19).contains(digits.count), digits.count != 13 || digits[0] == 4 else { return false }
        let prefix2 = digits[0] * 10 + digits[1]
        let prefix4 = prefix2 * 100 + digits[2] * 10 + digits[3]
        let knownNetwork =
            digits[0] == 4 || (51...55).contains(prefix2) || (2221...2720).contains(prefix4)
            || prefix2 == 34 || prefix2 == 37 || prefix2 == 36 || prefix2 == 38 || (3000...3059).contains(prefix4)
            || (3528...3589).contains(prefix4) || prefix4 == 6011 || prefix2 == 65 || (6440...6499).contains(prefix4)
            || prefix2 == 62 || digits[0] == 9
        guard knownNetwork, Formats.luhnValid(digits) else { return false }
        return !testCardNumbers.contains(digits.map(String.init).joined())
    }

    private func reportSecret(_ builtin: BuiltinRule, slot: Slot) {
        let rule = plan.builtin(builtin)
        let range = range(of: slot)
        guard budget.wants(rule.severity, rule: builtin.rawValue, at: range.lowerBound) else { return }
        var values = values(for: slot)
        values.value = "***"
        let template = rule.definition.message ?? builtin.defaultMessage
        output.append(
            PendingDiagnostic(
                rule: builtin.rawValue,
                severity: rule.severity,
                message: render(template.text(language), values),
                pointer: values.field,
                byteRange: range,
                fix: nil,
                notes: [],
                documentationURL: rule.definition.source,
                isFieldRule: false,
                // Whether the value is a secret is another matter than its type or format.
                supersedesFieldFindings: false,
                serial: budget.admit(rule.severity, rule: builtin.rawValue, at: range.lowerBound)
            ),
            firstCapacity: 8
        )
    }
}
