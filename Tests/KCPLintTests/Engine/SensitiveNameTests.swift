import Testing

@testable import KCPLint

/// Sensitive values the catalogue does not name: members whose names read like sensitive ones, and the values of
/// payloads that are not JSON.
@Suite struct SensitiveNameTests {
    @Test func namesThatReadLikeSensitiveOnes() {
        for name in ["brith", "Birthday", "birth_date", "pwd_2digits", "cardPassword", "expiry_date", "CVC"] {
            #expect(Masking.guessedSensitivity(ofName: Array(name.utf8)) == .full, "\(name)")
        }
        for name in ["card_no", "cardNumber", "CARD-NUM"] {
            #expect(Masking.guessedSensitivity(ofName: Array(name.utf8)) == .pan, "\(name)")
        }
        for name in ["amount", "buyer_name", "card_quota", "merchant_uid", "pw", "gift_note"] {
            #expect(Masking.guessedSensitivity(ofName: Array(name.utf8)) == nil, "\(name)")
        }
    }

    /// The token scan of a payload that is not JSON finds the values after sensitive names, however the
    /// payload is broken, and nothing else.
    @Test func sensitiveValuesOfBrokenPayloadsAreFoundTokenByToken() {
        let text = "{pg: 'kcp', 'birth': '880214', \"card_number\": \"5409-1200\n, expiry: 2034-09, card: {cvc: 123},}"
        let bytes = Array(text.utf8)
        let ranges = Masking.lexicalSensitiveRanges(
            bytes,
            names: ["birth": .full, "card_number": .pan, "expiry": .full]
        )
        let found = ranges.map { (String(decoding: bytes[$0.byteRange], as: UTF8.self), $0.kind) }
        #expect(found.map(\.0) == ["'880214'", "\"5409-1200", "2034-09", "123"])
        #expect(found.map(\.1) == [.full, .pan, .full, .full])
    }
}
