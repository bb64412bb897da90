// swift-tools-version: 6.1
// In-process benchmarks of the KCPLint library (ordo-one/benchmark). Not built by `swift test`.
//   cd Benchmarks && swift package benchmark --target KCPLintBenchmarks            (all)
//   cd Benchmarks && swift package benchmark --target KCPLintBenchmarks --filter "validate.*"
//   cd Benchmarks && swift run -c release kcplint-profile FILE|typical [COUNT] [THREADS]   (profiler driver)
import PackageDescription

// A path dependency's identity is its folder name, which differs between checkouts.
let kcplintPackage = String(Context.packageDirectory.split(separator: "/").dropLast().last ?? "kcplint").lowercased()

let package = Package(
    name: "KCPLintBenchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        // The payloads both executables use (the suite's typical payload is also the driver's `typical`).
        .target(name: "BenchmarkPayloads", path: "Payloads"),
        .executableTarget(
            name: "KCPLintBenchmarks",
            dependencies: [
                "BenchmarkPayloads",
                .product(name: "KCPLint", package: kcplintPackage),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/KCPLintBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "kcplint-profile",
            dependencies: ["BenchmarkPayloads", .product(name: "KCPLint", package: kcplintPackage)],
            path: "Profile"
        ),
    ],
    swiftLanguageModes: [.v6]
)
