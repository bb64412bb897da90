import Foundation
import KCPLint
import Testing

/// One input of the JSONTestSuite parsing cases (nst/JSONTestSuite, folder `test_parsing`), written out as
/// bytes so the suite needs no files: `name` is the case's file name without `.json`.
struct JSONSuiteCase: Sendable, CustomTestStringConvertible {
    /// A piece of a case: ASCII/Unicode text (encoded as UTF-8) or one raw byte, so that invalid UTF-8,
    /// NUL and control bytes are spelled out exactly.
    enum Piece: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral {
        case text(String)
        case byte(UInt8)

        init(stringLiteral value: String) { self = .text(value) }
        init(integerLiteral value: UInt8) { self = .byte(value) }
    }

    let name: String
    let bytes: [UInt8]

    init(_ name: String, _ pieces: Piece...) {
        self.name = name
        var bytes: [UInt8] = []
        for piece in pieces {
            switch piece {
            case .text(let text): bytes += Array(text.utf8)
            case .byte(let byte): bytes.append(byte)
            }
        }
        self.bytes = bytes
    }

    init(_ name: String, bytes: [UInt8]) {
        self.name = name
        self.bytes = bytes
    }

    var testDescription: String { name }
}

/// The parent suite of every hardening test (`swift test --filter Hardening` runs them all).
@Suite enum Hardening {}

/// Helpers shared by the hardening tests.
enum HardeningSupport {
    /// Seconds elapsed while running `body` (monotonic clock).
    static func seconds(_ body: () throws -> Void) rethrows -> Double {
        let clock = ContinuousClock()
        let elapsed = try clock.measure(body)
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }

    /// A time bound for "finishes fast" checks: `seconds` in a debug build, multiplied by
    /// `KCPLINT_TIME_SCALE` when it is set (`Scripts/sanitizers.sh` sets 10: sanitizers slow code down
    /// several times). The bounds are far above the real times, so they fail only on a hang.
    static func bound(_ seconds: Double) -> Double {
        let scale = ProcessInfo.processInfo.environment["KCPLINT_TIME_SCALE"].flatMap(Double.init) ?? 1
        return seconds * max(scale, 1)
    }

    /// The default validator, built once for every hardening test.
    static let standard: Validator = {
        do { return try Validator.standard() } catch { fatalError("default catalogue: \(error)") }
    }()
}
