// A driver for profilers (callgrind, perf) and for the thread-scaling figure of BENCHMARKS.md:
//
//   kcplint-profile FILE|typical [COUNT] [THREADS] [separate]
//
// Validates FILE's bytes (or, for `typical`, the suite's typical payload) COUNT times against the default
// catalogue on THREADS threads (sharing one validator, or each with its own `independentCopy()` with `separate`)
// and prints the time per validation and the throughput. `Scripts/instructions.sh` runs it under callgrind.
import BenchmarkPayloads
import Dispatch
import Foundation
import KCPLint

let arguments = CommandLine.arguments
let source = arguments.count > 1 ? arguments[1] : ""
let bytes: [UInt8]
if source == "typical" {
    bytes = typicalPayload
} else if !source.isEmpty, let data = FileManager.default.contents(atPath: source) {
    bytes = [UInt8](data)
} else {
    FileHandle.standardError.write(Data("usage: kcplint-profile FILE|typical [COUNT] [THREADS] [separate]\n".utf8))
    exit(2)
}
let count = arguments.count > 2 ? Int(arguments[2]) ?? 1000 : 1000
let threads = max(1, arguments.count > 3 ? Int(arguments[3]) ?? 1 : 1)
let separate = arguments.count > 4 && arguments[4] == "separate"
let shared = try Validator.standard()
let validators = separate ? (0..<threads).map { _ in shared.independentCopy() } : [shared]
let options = ValidationOptions(language: .en, now: 1_767_193_200)

let start = DispatchTime.now().uptimeNanoseconds
let perThread = count / threads
DispatchQueue.concurrentPerform(iterations: threads) { thread in
    let validator = validators[separate ? thread : 0]
    // Each thread checks its own copy of the payload, as each request of a service has its own bytes (one array
    // shared by the threads would add contention on its reference count that no service has).
    let payload = Array(bytes)
    var findings = 0
    for _ in 0..<perThread { findings &+= validator.validate(payload, options: options).diagnostics.count }
    if findings < 0 { print(findings) }
}
let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
let done = perThread * threads
let each = String(format: "%.3f", seconds / Double(done) * 1e6)
let rate = String(format: "%.0f", Double(done) / seconds)
print("\(done) validations on \(threads) thread(s)\(separate ? " (a validator each)" : ""): \(each) us each, \(rate) per second")
