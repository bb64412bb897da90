// A driver for profilers (callgrind, perf) and for the thread-scaling figures of BENCHMARKS.md:
//
//   kcplint-profile FILE|typical|FOLDER [COUNT] [THREADS] [separate]
//
// Validates FILE's bytes (or, for `typical`, the suite's typical payload) COUNT times against the default
// catalogue on THREADS threads (sharing one validator, or each with its own `independentCopy()` with `separate`)
// and prints the time per validation and the throughput. With a FOLDER, its `.json` files are loaded first and
// validated COUNT times over, the threads taking every THREADS-th file: realistic payloads, most with findings,
// in process. `Scripts/instructions.sh` runs it under callgrind.
import BenchmarkPayloads
import Dispatch
import Foundation
import KCPLint

let arguments = CommandLine.arguments
let source = arguments.count > 1 ? arguments[1] : ""
var isFolder: ObjCBool = false
let payloads: [[UInt8]]
if source == "typical" {
    payloads = [typicalPayload]
} else if FileManager.default.fileExists(atPath: source, isDirectory: &isFolder), isFolder.boolValue {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: source)) ?? []
    payloads = names.filter { $0.hasSuffix(".json") }.sorted().compactMap {
        FileManager.default.contents(atPath: source + "/" + $0).map { [UInt8]($0) }
    }
} else if !source.isEmpty, let data = FileManager.default.contents(atPath: source) {
    payloads = [[UInt8](data)]
} else {
    payloads = []
}
guard !payloads.isEmpty else {
    FileHandle.standardError.write(Data("usage: kcplint-profile FILE|typical|FOLDER [COUNT] [THREADS] [separate]\n".utf8))
    exit(2)
}
let count = arguments.count > 2 ? Int(arguments[2]) ?? 1000 : 1000
let threads = max(1, arguments.count > 3 ? Int(arguments[3]) ?? 1 : 1)
let separate = arguments.count > 4 && arguments[4] == "separate"
let shared = try Validator.standard()
let validators = separate ? (0..<threads).map { _ in shared.independentCopy() } : [shared]
let options = ValidationOptions(language: .en, now: 1_767_193_200)

let start = DispatchTime.now().uptimeNanoseconds
// One payload: COUNT validations shared among the threads. A folder: COUNT rounds over its files.
let rounds = payloads.count == 1 ? count / threads : count
DispatchQueue.concurrentPerform(iterations: threads) { thread in
    let validator = validators[separate ? thread : 0]
    // Each thread checks its own copy of the payloads, as each request of a service has its own bytes (one array
    // shared by the threads would add contention on its reference count that no service has).
    let share = payloads.count == 1 ? [0] : Array(stride(from: thread, to: payloads.count, by: threads))
    let mine = share.map { payloads[$0].withUnsafeBufferPointer { Array($0) } }
    var findings = 0
    for _ in 0..<rounds {
        for payload in mine { findings &+= validator.validate(payload, options: options).diagnostics.count }
    }
    if findings < 0 { print(findings) }
}
let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
let done = payloads.count == 1 ? rounds * threads : rounds * payloads.count
let each = String(format: "%.3f", seconds / Double(done) * 1e6)
let rate = String(format: "%.0f", Double(done) / seconds)
let what = payloads.count == 1 ? "" : " of \(payloads.count) payloads"
print("\(done) validations\(what) on \(threads) thread(s)\(separate ? " (a validator each)" : ""): \(each) us each, \(rate) per second")
