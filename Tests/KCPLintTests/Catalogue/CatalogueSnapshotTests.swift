import Testing

@testable import KCPLint

/// The snapshot of the default catalogue compiled into the library.
@Suite struct CatalogueSnapshotTests {
    @Test func base64RoundTrips() throws {
        var random = SeededRandom(seed: 7)
        for count in [0, 1, 2, 3, 4, 5, 64, 1000] {
            let bytes = (0..<count).map { _ in UInt8.random(in: 0...255, using: &random) }
            let text = Base64.encode(bytes)
            #expect(text.utf8.count == (count + 2) / 3 * 4)
            #expect(Base64.decode(text) == bytes)
        }
        #expect(Base64.encode(Array("kcp".utf8)) == "a2Nw")
        #expect(Base64.encode(Array("kc".utf8)) == "a2M=")
        #expect(Base64.decode("a2M=") == Array("kc".utf8))
        #expect(Base64.decode("a2M") == nil)
        #expect(Base64.decode("a2M!") == nil)
        #expect(Base64.decode("a=Nw") == nil)
    }

    @Test func storedSnapshotIsTheDefaultCatalogue() throws {
        let bytes = try #require(Base64.decode(DefaultCatalogueFiles.snapshot))
        let state = try #require(CatalogueSnapshot.decode(bytes))
        // Decoding loses nothing: encoding again gives the same bytes.
        #expect(CatalogueSnapshot.encode(state) == bytes)
        let fromYAML = try Catalogue.standard(examples: true)
        #expect(state.kinds.map(\.id) == fromYAML.kindIDs)
        #expect(state.rules.map(\.id) == fromYAML.rules.map(\.id))
        #expect(state.keyIDs == fromYAML.keyIDs)
    }

    @Test func damagedSnapshotsAreRefused() throws {
        let bytes = try #require(Base64.decode(DefaultCatalogueFiles.snapshot))
        #expect(CatalogueSnapshot.decode([]) == nil)
        #expect(CatalogueSnapshot.decode([CatalogueSnapshot.version &+ 1] + bytes.dropFirst()) == nil)
        #expect(CatalogueSnapshot.decode(Array(bytes.dropLast())) == nil)
        #expect(CatalogueSnapshot.decode(bytes + [0]) == nil)
        // Any cut and any flipped byte reads as a snapshot or as nothing, never as a crash.
        var random = SeededRandom(seed: 11)
        for _ in 0..<200 {
            var damaged = bytes
            let index = Int.random(in: 1..<damaged.count, using: &random)
            damaged[index] ^= UInt8.random(in: 1...255, using: &random)
            _ = CatalogueSnapshot.decode(damaged)
            _ = CatalogueSnapshot.decode(Array(bytes.prefix(index)))
        }
    }

    @Test func standardCatalogueExtendsTheSnapshot() throws {
        let override = CatalogueSource(
            name: "team.yaml",
            text: "catalogue: team\nversion: 1\noverrides:\n  amount-missing: warning\n"
        )
        let catalogue = try Catalogue.standard(extendedWith: [override])
        let rule = try #require(catalogue.ruleSummaries.first { $0.id == "amount-missing" })
        #expect(rule.severity == .warning)
        #expect(catalogue.sourceNames.first == "Rules/00-catalogue.yaml")
        #expect(catalogue.sourceNames.last == "team.yaml")
    }
}
