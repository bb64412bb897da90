import Testing

@testable import KCPLint

/// The ASCII automaton: the catalogue's patterns that need a simulation get one, and it agrees with the patterns'
/// documented answers (the differential tests compare it with ICU on random ASCII input).
@Suite struct PatternDFATests {
    static let cataloguePatterns = [
        #"(?i)^channel-key-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"#,
        #"^01[016789][- ]?\d{3,4}[- ]?\d{4}$"#, #"^kcp(_billing)?\.[A-Z0-9]{5}$"#,
        #"^[ -]*(\d[ -]*){14,16}$"#, #"(?i)^kcp(_billing|_quick)?($|\.)"#, #"^0*([1-9]|1[01])$"#,
        #"(?i)[{}<>]|채널키|your[-_ ]?channel|^channel[-_ ]?key$"#, #"^(\d{8}|\d{14})$"#,
    ]

    @Test(arguments: cataloguePatterns)
    func cataloguePatternsHaveAFastPath(source: String) throws {
        let pattern = try Pattern(source)
        #expect(pattern.program.shortcut != nil || PatternDFA(pattern.program) != nil)
    }

    @Test func answersMatchTheSimulationOnEdges() throws {
        let channel = try Pattern(Self.cataloguePatterns[0])
        #expect(channel.matches("channel-key-0123abcd-0000-1111-2222-0123456789ab"))
        #expect(channel.matches("CHANNEL-KEY-0123ABCD-0000-1111-2222-0123456789AB"))
        #expect(!channel.matches("channel-key-0123abcd-0000-1111-2222-0123456789ab "))
        #expect(!channel.matches("channel-key-0123abcd-0000-1111-2222-0123456789a"))
        let placeholder = try Pattern(Self.cataloguePatterns[6])
        #expect(placeholder.matches("my Your_Channel key"))
        #expect(placeholder.matches("channel key"))
        #expect(!placeholder.matches("a channel key"))
        #expect(placeholder.matches("x채널키"))
        #expect(!placeholder.matches("store-1"))
        let empty = try Pattern("^a*$")
        #expect(empty.matches("") && empty.matches("aaa") && !empty.matches("ab"))
        let unanchored = try Pattern("b+$")
        #expect(unanchored.matches("aab") && !unanchored.matches("aba") && PatternDFA(unanchored.program) != nil)
    }

    /// Word boundaries stay with the simulation.
    @Test func wordBoundariesHaveNoAutomaton() throws {
        #expect(PatternDFA(try Pattern(#"\bkcp\b"#).program) == nil)
    }
}
