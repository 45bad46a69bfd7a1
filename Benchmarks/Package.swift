// swift-tools-version: 6.0
// The benchmark's own package, so the main package carries no benchmark dependencies.
import PackageDescription

let package = Package(
    name: "GongwenBenchmarks",
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0")
    ],
    targets: [
        .executableTarget(name: "BareParse", dependencies: [.product(name: "Yams", package: "Yams")])
    ],
    swiftLanguageModes: [.v6]
)
