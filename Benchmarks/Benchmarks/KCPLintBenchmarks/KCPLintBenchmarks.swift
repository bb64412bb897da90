import Benchmark
import BenchmarkPayloads
import Dispatch
import KCPLint

/// The default catalogue with every non-built-in rule loaded a second time under a new id.
func doubledCatalogue() throws -> Catalogue {
    var extra: [CatalogueSource] = []
    for source in Catalogue.standardSources {
        guard let range = source.text.range(of: "\nrules:\n"), !source.name.hasSuffix("00-catalogue.yaml") else { continue }
        let rules = source.text[range.lowerBound...].replacingOccurrences(of: "\n  - id: ", with: "\n  - id: copy-")
        extra.append(CatalogueSource(name: source.name + ".copy", text: "catalogue: copy\nversion: 1\n" + rules))
    }
    return try Catalogue.standard(extendedWith: extra)
}

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .throughput],
        timeUnits: .nanoseconds,
        maxDuration: .seconds(3),
        maxIterations: 1_000_000
    )
    // Loaded once per process; construction is not part of any measurement below.
    guard let validator = try? Validator.standard(), let doubled = try? doubledCatalogue() else {
        fatalError("the default catalogue does not load")
    }
    let options = ValidationOptions(language: .en, now: 1_767_193_200)

    Benchmark("parse typical payload") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(JSONReader().read(typicalPayload)) }
    }

    Benchmark("validate typical payload") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(validator.validate(typicalPayload, options: options)) }
    }

    // The same, timed 1,000 validations at a time and reported per validation: a sample of one validation also
    // times the harness's clock reads and its malloc interposer's bookkeeping, about as long as a tenth of the
    // validation itself.
    Benchmark("validate typical payload, 1000 per sample", configuration: .init(scalingFactor: .kilo)) { benchmark in
        for _ in benchmark.scaledIterations { blackHole(validator.validate(typicalPayload, options: options)) }
    }

    let doubledValidator = Validator(catalogue: doubled)
    Benchmark("validate typical payload, catalogue with twice the rules") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(doubledValidator.validate(typicalPayload, options: options)) }
    }

    Benchmark("load default catalogue") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(try Validator.standard()) }
    }

    for entries in [5, 50, 500, 5_000, 50_000] {
        let payload = schedulePayload(entries: entries)
        Benchmark(
            "validate schedule, \(payload.count / 1024) KiB (\(entries) entries)",
            configuration: .init(maxDuration: .seconds(2), maxIterations: entries >= 5_000 ? 30 : 100_000)
        ) { benchmark in
            for _ in benchmark.scaledIterations { blackHole(validator.validate(payload, options: options)) }
        }
    }

    // Parallel scaling: the same 2,000 validations on one thread, split over two sharing the validator, and split
    // over two with an independent copy each (no shared reference counts). Threads of `concurrentPerform`, not tasks:
    // the harness runs an async benchmark while blocking one thread of Swift's cooperative pool, which on a 2-core
    // machine leaves a task group a single thread.
    let copies = [validator, validator.independentCopy()]
    for (threads, ownCopies) in [(1, false), (2, false), (2, true)] {
        let name =
            "2000 validations on \(threads) thread\(threads == 1 ? "" : "s")\(ownCopies ? ", a validator copy each" : "")"
        Benchmark(name, configuration: .init(maxDuration: .seconds(3))) { benchmark in
            for _ in benchmark.scaledIterations {
                DispatchQueue.concurrentPerform(iterations: threads) { thread in
                    let mine = ownCopies ? copies[thread] : validator
                    // A payload of its own, as each request of a service has: one array shared by the threads would
                    // make them contend on its reference count.
                    let payload = typicalPayload.withUnsafeBufferPointer { Array($0) }
                    var count = 0
                    for _ in 0..<(2_000 / threads) {
                        count += mine.validate(payload, options: options).diagnostics.count
                    }
                    blackHole(count)
                }
            }
        }
    }
}
