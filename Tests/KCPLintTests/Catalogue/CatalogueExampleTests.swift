import Foundation
import Testing

@testable import KCPLint

/// Runs every example of every rule and kind of the catalogue in `Rules/`.
@Suite struct CatalogueExampleTests {
    /// The catalogue read from disk (so catalogue authors see their edits without regenerating).
    static let loaded: Result<Catalogue, CatalogueError> = {
        do {
            let files = try Repository.ruleFiles()
            return .success(
                try Catalogue(sources: files.map { CatalogueSource(name: "Rules/\($0.name)", text: $0.text) })
            )
        } catch let error as CatalogueError {
            return .failure(error)
        } catch {
            return .failure(
                CatalogueError(problems: [
                    CatalogueProblem(
                        location: CatalogueLocation(file: "Rules", position: SourcePosition(line: 1, column: 1)),
                        message: "\(error)"
                    )
                ])
            )
        }
    }()

    static var ruleIDs: [String] {
        (try? loaded.get())?.rules.map(\.id) ?? []
    }

    static var kindIDs: [String] {
        (try? loaded.get())?.kinds.map(\.id) ?? []
    }

    @Test func catalogueLoadsWithoutProblems() {
        if case .failure(let error) = Self.loaded {
            Issue.record("the catalogue has problems:\n\(error)")
        }
    }

    @Test(arguments: ruleIDs)
    func ruleExamples(_ id: String) throws {
        let catalogue = try Self.loaded.get()
        let validator = Validator(catalogue: catalogue)
        let rule = try #require(catalogue.rules.first { $0.id == id })
        for example in rule.examples.valid {
            let found = run(validator, example, now: rule.examples.now).filter { $0.ruleID == id }
            #expect(
                found.isEmpty,
                "valid example at \(example.location) drew \(found.map { "\($0.pointer): \($0.message)" })"
            )
        }
        for example in rule.examples.invalid {
            let found = run(validator, example, now: rule.examples.now).filter { $0.ruleID == id }
            #expect(
                found.map(\.pointer).sorted() == example.pointers.sorted(),
                "invalid example at \(example.location): expected \(example.pointers), found \(found.map { "\($0.pointer): \($0.message)" })"
            )
        }
    }

    /// How the default catalogue tells the kinds apart, including bodies written in the wrong shape.
    @Test(arguments: [
        (#"{"customer_uid": "c-1", "schedules": []}"#, "rest-schedule"),
        // A schedule written flat is still a schedule (then told how to nest it), not an /again body.
        (
            #"{"customer_uid": "c-1", "merchant_uid": "m-1", "amount": 9900, "schedule_at": 1893423600}"#,
            "rest-schedule"
        ),
        (#"{"customer_uid": "c-1", "merchant_uid": "m-1", "amount": 9900}"#, "rest-again"),
        // A stray KCP payment channel on an /again body; with anything else of the browser call, a billing window.
        (#"{"customer_uid": "c-1", "merchant_uid": "m-1", "amount": 9900, "pg": "kcp.AO09C"}"#, "rest-again"),
        (#"{"customer_uid": "c-1", "merchant_uid": "m-1", "amount": 9900, "pg": ""}"#, "rest-again"),
        (#"{"customer_uid": "c-1", "merchant_uid": "m-1", "amount": 9900, "pg": "KCP"}"#, "rest-again"),
        (#"{"customer_uid": "c-1", "merchant_uid": "m-1", "amount": 0, "pg": "kcp_billing.AO09C"}"#, "sdk-billing-key"),
        (
            #"{"customer_uid": "c-1", "merchant_uid": "m-1", "amount": 0, "pg": "kcp.AO09C", "pay_method": "card"}"#,
            "sdk-billing-key"
        ),
        (#"{"merchant_uid": "m-1", "amount": 9900, "pg": "kcp.AO09C"}"#, "sdk-payment"),
        (#"{"card_number": "4111-1111-1111-1111", "merchant_uid": "m-1", "amount": 9900}"#, "rest-onetime"),
        (#"{"card_number": "4111-1111-1111-1111", "expiry": "2030-12", "birth": "900101"}"#, "rest-billing-key"),
        (#"{"pay_method": "card", "merchant_uid": "m-1", "amount": 9900}"#, "sdk-payment"),
        // A stray `schedule_at` does not make an SDK request a schedule.
        (#"{"pay_method": "card", "merchant_uid": "m-1", "amount": 9900, "schedule_at": 1893423600}"#, "sdk-payment"),
    ])
    func defaultKindsAreDetected(payload: String, kind: String) throws {
        let validator = Validator(catalogue: try Self.loaded.get())
        #expect(validator.validate(Array(payload.utf8), options: ValidationOptions(now: 0)).kinds == [kind])
    }

    @Test(arguments: kindIDs)
    func kindExamples(_ id: String) throws {
        let catalogue = try Self.loaded.get()
        let validator = Validator(catalogue: catalogue)
        let kind = try #require(catalogue.kinds.first { $0.id == id })
        guard let examples = kind.examples else { return }
        for example in examples.valid {
            let found = run(validator, example, now: examples.now, defaultKind: id)
                .filter { $0.ruleID.hasPrefix("field-") || $0.ruleID.hasPrefix("json-") || $0.ruleID == "kind-unknown" }
            #expect(
                found.isEmpty,
                "valid example at \(example.location) drew \(found.map { "\($0.ruleID) \($0.pointer): \($0.message)" })"
            )
        }
        for example in examples.invalid {
            let rule = example.rule ?? ""
            let found = run(validator, example, now: examples.now, defaultKind: id).filter { $0.ruleID == rule }
            #expect(
                found.map(\.pointer).sorted() == example.pointers.sorted(),
                "invalid example at \(example.location): expected \(rule) at \(example.pointers), found \(found.map { "\($0.pointer): \($0.message)" })"
            )
        }
    }

    /// Every rule is documented in both languages and cites a PortOne page.
    @Test(arguments: ruleIDs)
    func ruleMetadata(_ id: String) throws {
        let catalogue = try Self.loaded.get()
        let rule = try #require(catalogue.rules.first { $0.id == id })
        #expect(!rule.rationale.en.isEmpty && !rule.rationale.ko.isEmpty)
        #expect(rule.rationale.en != rule.rationale.ko, "\(id): the rationale has no Korean text")
        #expect(rule.source.hasPrefix("https://developers.portone.io/"), "\(id): source \(rule.source)")
        #expect(!rule.title.en.isEmpty && !rule.title.ko.isEmpty)
        if !rule.builtin {
            let message = try #require(rule.message ?? rule.assertions.first?.message)
            #expect(message.en != message.ko, "\(id): the Korean message is a copy of the English one")
        }
    }

    private func run(_ validator: Validator, _ example: CatalogueExample, now: Int64, defaultKind: String? = nil)
        -> [Diagnostic]
    {
        let options = ValidationOptions(kind: example.kind ?? defaultKind, language: .en, now: now)
        return validator.validate(example.json, options: options).diagnostics
    }
}
