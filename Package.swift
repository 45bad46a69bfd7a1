// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Gongwen",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "Gongwen", targets: ["Gongwen"]),
        .library(name: "GongwenPreview", targets: ["GongwenPreview"]),
        .executable(name: "gongwen", targets: ["gongwen"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.0.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.5.0"),
        // Office mode: accounts, sessions, states and the audit trail in SQLite; bcrypt; SHA-256.
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.0.0"),
        .package(url: "https://github.com/apple/swift-crypto", "3.0.0"..<"5.0.0"),
        // Its thread pool runs bcrypt, which takes a quarter second, off the server's async threads.
        .package(url: "https://github.com/apple/swift-nio", from: "2.0.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .executableTarget(name: "TemplateEmbedder"),
        .target(name: "CMallocTuning"),
        // ICU's dictionary word breaks, so that a long title breaks between words (GB/T 9704 §7.3.3).
        .target(name: "CWordBreak", linkerSettings: [.linkedLibrary("icuuc")]),
        .plugin(
            name: "EmbedTemplates",
            capability: .buildTool(),
            dependencies: ["TemplateEmbedder"]
        ),
        .target(
            name: "Gongwen",
            dependencies: [
                "CLibXML2",
                "CWordBreak",
                // For the libyaml it carries (module CYaml), whose events Loading/YAMLComposer reads.
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            plugins: ["EmbedTemplates"]
        ),
        .target(
            name: "GongwenOffice",
            dependencies: [
                "Gongwen",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .target(
            name: "GongwenPreview",
            dependencies: [
                "Gongwen", "GongwenOffice", .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTLS", package: "hummingbird"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                // Only to quieten Hummingbird's English start-up log line.
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "gongwen",
            dependencies: [
                "Gongwen",
                "GongwenPreview",
                "GongwenOffice",
                "CMallocTuning",
                .product(name: "HummingbirdTLS", package: "hummingbird"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "GongwenTests",
            dependencies: [
                "Gongwen", "gongwen", "CLibXML2", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            exclude: [
                "Samples/Golden", "Summary/Golden", "CLI/BadInput", "CLI/ClerkSlips", "CLI/Transcripts",
                "Proofreading/Corpus",
            ]
        ),
        .testTarget(
            name: "GongwenOfficeTests",
            dependencies: ["GongwenOffice", "Gongwen", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(
            name: "GongwenPreviewTests",
            dependencies: [
                "GongwenPreview", "Gongwen", "GongwenOffice",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
