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

    /// One step of the walk's path: an object member (its key's tape index) or an array item.
    private struct SecretStep {
        /// The key node's tape index, or -1 for an array item.
        var key: Int32
        /// Array items: the item's position.
        var position: Int
        var value: JSONNodeID
    }

    /// Reports card numbers and REST credentials anywhere in the request (never echoing them).
    ///
    /// The walk reads keys as bytes and keeps the path to the current value as tape indices; it decodes a key
    /// or makes a slot only for a finding, so a large payload costs no memory beyond its depth.
    func checkSecrets(slot: Slot) {
        let cardRule = plan.builtin(.secretCardNumber)
        let credentialRule = plan.builtin(.secretCredential)
        guard let root = slot.node else { return }
        var path: [SecretStep] = []
        walkSecrets(root, key: -1, path: &path, base: slot, cardRule: cardRule, credentialRule: credentialRule)
    }

    private func walkSecrets(
        _ node: JSONNodeID,
        key: Int32,
        path: inout [SecretStep],
        base: Slot,
        cardRule: CompiledRule,
        credentialRule: CompiledRule
    ) {
        switch document.kind(of: node) {
        case .object:
            document.forEachKeyIndex(of: node) { keyIndex in
                let value = JSONNodeID(keyIndex + 1)
                if let sensitivity = sensitivity(ofKey: keyIndex) {
                    // Masked wherever the name appears, whatever the kind's dictionary says.
                    sensitive.append((document.byteRange(of: value), sensitivity))
                }
                path.append(SecretStep(key: keyIndex, position: 0, value: value))
                walkSecrets(
                    value,
                    key: keyIndex,
                    path: &path,
                    base: base,
                    cardRule: cardRule,
                    credentialRule: credentialRule
                )
                path.removeLast()
            }
        case .array:
            for (index, value) in document.items(of: node).enumerated() {
                path.append(SecretStep(key: -1, position: index, value: value))
                walkSecrets(
                    value,
                    key: key,
                    path: &path,
                    base: base,
                    cardRule: cardRule,
                    credentialRule: credentialRule
                )
                path.removeLast()
            }
        case .string:
            let byteCount = document.byteRange(of: node).count - 2
            if credentialRule.definition.enabled, byteCount >= 8, key >= 0, mayBeCredentialKey(key),
                Self.isCredentialKey(document.member(atKey: key).key)
            {
                sensitive.append((document.byteRange(of: node), .full))
                reportSecret(credentialRule, .secretCredential, slot: slot(for: node, path: path, base: base))
            } else if cardRule.definition.enabled, byteCount >= 13, byteCount <= 23, mayBeCardNumber(node),
                key < 0 || !Self.identifierKeys.contains(document.member(atKey: key).key),
                let text = document.string(of: node), Self.looksLikeCardNumber(text)
            {
                sensitive.append((document.byteRange(of: node), .pan))
                reportSecret(cardRule, .secretCardNumber, slot: slot(for: node, path: path, base: base))
            }
        default:
            break
        }
    }

    /// The sensitivity of the values of the key node at `keyIndex`, if its name is declared sensitive.
    private func sensitivity(ofKey keyIndex: Int32) -> Sensitivity? {
        let id = Int(document.keyID(atKey: keyIndex))
        guard id >= 0, id < plan.sensitivityOfKey.count else { return nil }
        let index = Int(plan.sensitivityOfKey[id])
        return index >= 0 ? plan.sensitivities[index] : nil
    }

    /// A cheap test on the raw key before decoding it: most keys are told apart by their first letter.
    private func mayBeCredentialKey(_ key: Int32) -> Bool {
        let start = document.keyRange(atKey: key).lowerBound + 1
        guard start < document.bytes.count else { return false }
        let first = document.bytes[start]
        return first >= 0x80 || first == UInt8(ascii: "\\") || Self.credentialInitials[Int(first | 0x20)]
    }

    /// Whether `key`, ignoring case, names a credential.
    private static func isCredentialKey(_ key: String) -> Bool {
        // The names are ASCII and most keys are told apart by their first letter without lowercasing them.
        if let first = key.utf8.first, first < 0x80, !credentialInitials[Int(first | 0x20)] { return false }
        return credentialKeys.contains(key.lowercased())
    }

    /// Which ASCII bytes start a credential name.
    private static let credentialInitials: [Bool] = {
        var initials = [Bool](repeating: false, count: 128)
        for key in credentialKeys { if let first = key.utf8.first { initials[Int(first)] = true } }
        return initials
    }()

    /// A cheap test before decoding: the raw string holds only digits, spaces and hyphens.
    private func mayBeCardNumber(_ node: JSONNodeID) -> Bool {
        let range = document.byteRange(of: node)
        guard range.count >= 2 else { return false }
        for byte in document.bytes[(range.lowerBound + 1)..<(range.upperBound - 1)] {
            guard (0x30...0x39).contains(byte) || byte == 0x20 || byte == 0x2D else { return false }
        }
        return true
    }

    private func slot(for node: JSONNodeID, path: [SecretStep], base: Slot) -> Slot {
        var index = base.trail
        var anchor = base.anchor
        for step in path {
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
        guard (13...19).contains(digits.count) else { return false }
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

    private func reportSecret(_ rule: CompiledRule, _ builtin: BuiltinRule, slot: Slot) {
        let range = range(of: slot)
        guard budget.wants(rule.severity, rule: builtin.rawValue, at: range.lowerBound) else { return }
        var values = values(for: slot)
        values.value = "***"
        let template = rule.definition.message ?? builtin.defaultMessage
        output.append(
            PendingDiagnostic(
                rule: builtin.rawValue,
                severity: rule.severity,
                message: values.render(template.text(language)),
                pointer: values.field,
                byteRange: range,
                fix: nil,
                notes: [],
                documentationURL: rule.definition.source,
                isFieldRule: false,
                serial: budget.admit(rule.severity, rule: builtin.rawValue, at: range.lowerBound)
            )
        )
    }
}
