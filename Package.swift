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
