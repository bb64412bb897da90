import Testing

@testable import KCPLint

/// The dictionary laid out by key id: every spec below a kind is numbered, each member name leads to its property's
/// spec and number, and required names are listed by id.
@Suite struct FieldRowsTests {
    static let fields = """
        a: {type: string, required: true}
        b: {type: integer}
        e:
          type: array
          items:
            type: object
            properties:
              k: {type: integer, required: true}
              s: {type: string}
        f:
          type: object
          properties:
            g: {type: string}
            a: {type: integer}
        """

    @Test func membersLeadToTheirSpecs() throws {
        let catalogue = try Catalogue(sources: [
            CatalogueSource(
                name: "test.yaml",
                text: EngineFixture.catalogue(rules: EngineFixture.rule(assert: "{require: a}"), fields: Self.fields)
            )
        ])
        let plan = ValidationPlan(catalogue: catalogue)
        let kind = try #require(plan.kinds.first)
        let rows = plan.fieldRows
        let ids = plan.screen.keyIDs
        func id(_ name: String) throws -> Int32 { try #require(ids[name], "no id for \(name)") }
        /// The spec and number of the property `name` of the spec numbered `field`.
        func property(_ spec: FieldSpec, _ field: Int32, _ name: String) throws -> (FieldSpec, Int32) {
            let index = rows.property(of: field, key: try id(name))
            try #require(index >= 0, "no property \(name)")
            #expect(spec.propertyNames[Int(index)] == name)
            return (spec.propertySpecs[Int(index)], rows.child(of: field, property: index))
        }
        let root = (kind.rootSpec, kind.rootField)
        #expect(Array(rows.requiredKeys(of: root.1)) == [try id("a")])
        // Names of other objects and names outside the vocabulary are no property of the root.
        #expect(rows.property(of: root.1, key: try id("g")) == -1)
        #expect(rows.property(of: root.1, key: -1) == -1)
        #expect(rows.property(of: root.1, key: Int32(ids.count)) == -1)
        #expect(rows.property(of: root.1, key: 1_000_000) == -1)

        let e = try property(root.0, root.1, "e")
        let item = try #require(e.0.itemSpec)
        #expect(rows.item(of: e.1) >= 0)
        #expect(Array(rows.requiredKeys(of: rows.item(of: e.1))) == [try id("k")])
        let k = try property(item, rows.item(of: e.1), "k")
        #expect(k.0.types == .integer)
        #expect(rows.item(of: k.1) == -1)

        // The same name in two objects leads to each object's own spec.
        let f = try property(root.0, root.1, "f")
        let fa = try property(f.0, f.1, "a")
        let ra = try property(root.0, root.1, "a")
        #expect(fa.0.types == .integer)
        #expect(ra.0.types == .string)
        #expect(fa.1 != ra.1)
        #expect(rows.requiredKeys(of: f.1).isEmpty)
    }
}
