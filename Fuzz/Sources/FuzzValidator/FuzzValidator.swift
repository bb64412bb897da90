import KCPLint

/// Fuzzes the whole check of a payload against the default catalogue. The first byte chooses the kind
/// (one of the six kinds forced, or detection), the language, and default or tight limits; the rest is the
/// payload. The result is rendered with the JSON and text report writers (code frames included), as the CLI
/// would print it, and every fix is applied (`check --fix --unsafe-fixes`) and the fixed payload checked again.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzValidator(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data, size > 0 else { return 0 }
    let selector = data[0]
    let payload = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
    let kinds = validator.catalogue.kindIDs
    let choice = Int(selector & 0x3F) % (kinds.count + 1)
    let validator = selector & 0x40 == 0 ? validator : tightValidator
    let options = ValidationOptions(
        kind: choice < kinds.count ? kinds[choice] : nil,
        language: selector & 0x80 == 0 ? .en : .ko,
        now: 1_767_193_200
    )
    let result = validator.validate(payload, options: options)
    check(payload, result, limit: validator.limits.maxDiagnostics)
    render(payload, result)
    checkFixes(payload, result, validator, options)
    return 0
}

/// Every fix applied (suggestions included) leaves a payload that parses and checks again; none applied leaves it
/// as it was.
private func checkFixes(
    _ payload: [UInt8],
    _ result: ValidationResult,
    _ validator: Validator,
    _ options: ValidationOptions
) {
    let outcome = FixApplier.apply(result.diagnostics, to: payload, selecting: .all)
    guard !outcome.applied.isEmpty else {
        require(outcome.bytes == payload, "the payload changed, but no fix was applied")
        return
    }
    require(outcome.applied.allSatisfy { $0.fix != nil }, "a diagnostic without a fix was applied")
    require(JSONReader().read(outcome.bytes).document != nil, "the fixed payload does not parse")
    let again = validator.validate(outcome.bytes, options: options)
    check(outcome.bytes, again, limit: validator.limits.maxDiagnostics)
}

/// Built once: the default catalogue compiled into the library.
private let validator: Validator = {
    do { return try Validator.standard() } catch { fatalError("default catalogue: \(error)") }
}()

/// The same catalogue with limits small enough for fuzz inputs to reach them (truncation, depth, strings).
private let tightValidator = Validator(
    catalogue: validator.catalogue,
    limits: ValidationLimits(json: JSONLimits(maxBytes: 4_096, maxDepth: 8, maxStringBytes: 64), maxDiagnostics: 3)
)

private func require(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
    if !condition() { fatalError("invariant: \(message())") }
}

private func check(_ payload: [UInt8], _ result: ValidationResult, limit: Int) {
    require(result.diagnostics.count <= limit + 1, "more than maxDiagnostics + 1 diagnostics")
    for diagnostic in result.diagnostics {
        let range = diagnostic.byteRange
        require(
            range.lowerBound >= 0 && range.lowerBound <= range.upperBound && range.upperBound <= payload.count,
            "range \(diagnostic)"
        )
        require(diagnostic.span.start.line >= 1 && diagnostic.span.start.column >= 1, "span \(diagnostic)")
        require(diagnostic.span.start <= diagnostic.span.end, "span order \(diagnostic)")
        require(!diagnostic.message.isEmpty, "empty message \(diagnostic.ruleID)")
        // By bytes: a key may start with a combining mark, which joins `/` into one Character.
        require(
            diagnostic.pointer.isEmpty || diagnostic.pointer.utf8.first == UInt8(ascii: "/"),
            "pointer \(diagnostic.pointer)"
        )
        for note in diagnostic.notes {
            if let span = note.span { require(span.start.line >= 1 && span.start.column >= 1, "note span") }
        }
    }
    for masked in result.maskedRanges {
        require(masked.byteRange.lowerBound >= 0 && masked.byteRange.upperBound <= payload.count, "masked range")
    }
}

private func render(_ payload: [UInt8], _ result: ValidationResult) {
    let report = FileReport(path: "fuzz.json", result: result, source: payload)
    var summary = ReportSummary()
    summary.add(report)
    var json = JSONReportWriter()
    let jsonText = json.begin() + json.write(report) + json.end(summary)
    require(!jsonText.isEmpty, "json report")
    var text = TextReportWriter(color: true, codeFrames: true, language: .ko)
    _ = text.begin() + text.write(report) + text.end(summary)
    // A fully masked value (a run of 6+ digits that appears once in the payload) never reaches the output.
    let payloadText = String(decoding: payload, as: UTF8.self)
    for masked in result.maskedRanges where masked.kind == .full {
        let raw = payload[masked.byteRange].filter { $0 != 0x22 }
        guard raw.count >= 6, raw.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { continue }
        let needle = String(decoding: raw, as: UTF8.self)
        guard payloadText.split(separator: needle, omittingEmptySubsequences: false).count == 2 else { continue }
        var plain = TextReportWriter(color: false, codeFrames: true)
        var writer = JSONReportWriter()
        let output = plain.write(report) + writer.write(report)
        require(!output.contains(needle), "a fully masked value is printed: \(needle)")
    }
}

/// Builds the validator before the first input, so libFuzzer's per-input leak check does not count it.
func prepare() {
    _ = tightValidator.catalogue.kindIDs
}
