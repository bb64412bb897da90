// swift-tools-version: 6.1
import PackageDescription

// libFuzzer targets for kcplint (Linux). Not part of the main package: build them with
// `Scripts/fuzz.sh TARGET SECONDS`, which passes `-sanitize=fuzzer,address` to every Swift module.
let package = Package(
    name: "kcplint-fuzz",
    dependencies: [
        .package(name: "kcplint", path: "..")
    ],
    targets: [
        // Declares libFuzzer's LLVMFuzzerRunDriver (its definition comes with -sanitize=fuzzer).
        .target(name: "FuzzDriver"),
        // The strict JSON reader on arbitrary bytes, every document accessor included.
        .executableTarget(
            name: "FuzzJSONReader",
            dependencies: ["FuzzDriver", .product(name: "KCPLint", package: "kcplint")]
        ),
        // The libyaml reader and the catalogue loader on arbitrary YAML text.
        .executableTarget(
            name: "FuzzCatalogue",
            dependencies: ["FuzzDriver", .product(name: "KCPLint", package: "kcplint")]
        ),
        // The whole check of a payload against the default catalogue, with each kind forced in turn.
        .executableTarget(
            name: "FuzzValidator",
            dependencies: ["FuzzDriver", .product(name: "KCPLint", package: "kcplint")]
        ),
    ],
    swiftLanguageModes: [.v6]
)

for target in package.targets where target.type == .executable {
    target.swiftSettings =
        (target.swiftSettings ?? []) + [
            .enableUpcomingFeature("ExistentialAny"),
            .enableUpcomingFeature("InternalImportsByDefault"),
            .enableUpcomingFeature("MemberImportVisibility"),
        ]
}
