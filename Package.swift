// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "kcplint",
    products: [
        .library(name: "KCPLint", targets: ["KCPLint"]),
        .executable(name: "kcplint", targets: ["KCPLintCLI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2")
    ],
    targets: [
        // The only C in the package: libyaml from the system (apt libyaml-dev, brew libyaml).
        .systemLibrary(
            name: "CLibYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        // The library services import: readers, catalogue, engine, reports. No CLI dependency.
        .target(name: "KCPLint", dependencies: ["CLibYAML"]),
        // The thin `kcplint` command.
        .executableTarget(
            name: "KCPLintCLI",
            dependencies: [
                "KCPLint",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // Release builds link the Swift runtime and FoundationEssentials in: a pre-commit hook starts kcplint
            // once per commit, and loading the shared Swift libraries took longer than checking a file
            // (BENCHMARKS.md). The static FoundationEssentials needs its three support libraries named (its link prints
            // glibc's notice about `mktemp`, used by Foundation's temporary files, never by kcplint). Debug
            // builds stay dynamic, and the library target has no flags, so packages depending on `KCPLint` are
            // not affected. `-no-pie` spares the loader relocating the static runtime's metadata at every start
            // (about 1 MB less memory and a faster start).
            linkerSettings: [
                .unsafeFlags(["-static-stdlib", "-Xlinker", "-no-pie"], .when(platforms: [.linux], configuration: .release)),
                .linkedLibrary("_FoundationCShims", .when(platforms: [.linux], configuration: .release)),
                .linkedLibrary("_FoundationCollections", .when(platforms: [.linux], configuration: .release)),
                .linkedLibrary("swiftSynchronization", .when(platforms: [.linux], configuration: .release)),
            ]
        ),
        .testTarget(
            name: "KCPLintTests",
            dependencies: ["KCPLint"],
            exclude: ["Snapshots"]
        ),
    ],
    swiftLanguageModes: [.v6]
)

for target in package.targets where target.type != .system {
    target.swiftSettings = (target.swiftSettings ?? []) + [
        .enableUpcomingFeature("ExistentialAny"),
        .enableUpcomingFeature("InternalImportsByDefault"),
        .enableUpcomingFeature("MemberImportVisibility"),
    ]
}
