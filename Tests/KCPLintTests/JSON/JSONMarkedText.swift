import Testing

@testable import KCPLint

/// A JSON fixture with position markers, for the JSON reader tests.
///
/// `1️⃣` marks where the expected problem starts and `2️⃣` its related location; both are removed and their
/// UTF-8 offsets in the remaining text recorded.
struct JSONMarkedText {
    /// The fixture without markers, as UTF-8.
    let bytes: [UInt8]
    /// Byte offset of `1️⃣`, if present.
    let mark: Int?
    /// Byte offset of `2️⃣`, if present.
    let relatedMark: Int?

    init(_ marked: String) {
        var bytes = Array(marked.utf8)
        let first = Self.remove(Array("1️⃣".utf8), from: &bytes)
        let second = Self.remove(Array("2️⃣".utf8), from: &bytes)
        if let mark = first, let related = second, related < mark {
            self.mark = mark - Array("2️⃣".utf8).count
        } else {
            self.mark = first
        }
        self.relatedMark = second
        self.bytes = bytes
    }

    /// `line:column` of `offset` in the stripped text.
    func position(of offset: Int) -> String {
        LineTable(bytes).position(ofByte: offset).description
    }

    private static func remove(_ marker: [UInt8], from bytes: inout [UInt8]) -> Int? {
        guard bytes.count >= marker.count else { return nil }
        for start in 0...(bytes.count - marker.count) {
            let range = start..<(start + marker.count)
            if bytes[range].elementsEqual(marker) {
                bytes.removeSubrange(range)
                return start
            }
        }
        return nil
    }
}

/// Reads `marked` and checks that its last problem is `reason` at `1️⃣` (and related at `2️⃣` when marked),
/// optionally at `line:column` `position`. Syntax and limit problems must leave no document.
@discardableResult
func expectJSONProblem(
    _ marked: String,
    _ reason: JSONProblem.Reason,
    kind: JSONProblem.Kind = .syntax,
    at position: String? = nil,
    limits: JSONLimits = .default,
    sourceLocation: SourceLocation = #_sourceLocation
) -> JSONReadResult {
    let fixture = JSONMarkedText(marked)
    let result = JSONReader(limits: limits).read(fixture.bytes)
    let problem = result.problems.first { $0.reason == reason }
    #expect(problem != nil, "expected \(reason), got \(result.problems.map(\.reason))", sourceLocation: sourceLocation)
    guard let problem else { return result }
    #expect(problem.kind == kind, sourceLocation: sourceLocation)
    if let mark = fixture.mark {
        #expect(problem.byteRange.lowerBound == mark, sourceLocation: sourceLocation)
    }
    if let related = fixture.relatedMark {
        #expect(problem.related?.lowerBound == related, sourceLocation: sourceLocation)
    }
    if let position {
        #expect(fixture.position(of: problem.byteRange.lowerBound) == position, sourceLocation: sourceLocation)
    }
    if kind == .syntax || kind == .limit {
        #expect(result.document == nil, sourceLocation: sourceLocation)
        #expect(result.problems.last == problem, sourceLocation: sourceLocation)
    }
    return result
}
