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

    /// One validator for every test of the suite.
    static let validator: Validator? = (try? loaded.get()).map { Validator(catalogue: $0) }

    /// A rule's valid examples draw no finding of it; its invalid ones draw it at exactly their pointers
    /// (``Validator/exampleProblems(_:)``, which the command line runs on user catalogues).
    @Test(arguments: ruleIDs)
    func ruleExamples(_ id: String) throws {
        let validator = try #require(Self.validator)
        let rule = try #require(validator.catalogue.rules.first { $0.id == id })
        let exampleless = BuiltinRule(rawValue: id).map { $0 == .diagnosticsTruncated || $0.isAboutAcceptedFindings }
        if exampleless != true {
            #expect(!rule.examples.valid.isEmpty && !rule.examples.invalid.isEmpty, "\(id) has no examples")
        }
        for problem in validator.exampleProblems(.rule(id)) {
            Issue.record("\(problem)")
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

    /// A kind's valid examples draw no `field-*`, `json-*` or `kind-unknown` finding; its invalid ones draw their
    /// `rule` at exactly their pointers.
    @Test(arguments: kindIDs)
    func kindExamples(_ id: String) throws {
        let validator = try #require(Self.validator)
        for problem in validator.exampleProblems(.kind(id)) {
            Issue.record("\(problem)")
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
}
