// swift-tools-version: 6.1
import PackageDescription

// `make fuzz` sets SHENBAO_FUZZ: the library and the harnesses are then built with libFuzzer's
// coverage and AddressSanitizer. Only they: the build tools stay ordinary programs.
let fuzzing = Context.environment["SHENBAO_FUZZ"] != nil
let sanitizers = ["-sanitize=fuzzer,address"]
let fuzzInstrumented: [SwiftSetting] = fuzzing ? [.unsafeFlags(sanitizers)] : []
// A harness defines its own entry (`<module>_main`), which libFuzzer's driver runs: no top-level
// code, so no implicit main.
let fuzzHarness: [SwiftSetting] = [.unsafeFlags(["-parse-as-library"])] + fuzzInstrumented
let fuzzLinked: [LinkerSetting] = fuzzing ? [.unsafeFlags(sanitizers)] : []

let package = Package(
  name: "shenbao",
  platforms: [.macOS(.v15)],
  products: [
    .library(name: "ShenbaoKit", targets: ["ShenbaoKit"]),
    .library(name: "ShenbaoServe", targets: ["ShenbaoServe"]),
    .executable(name: "shenbao", targets: ["shenbao"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
    .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
    .package(url: "https://github.com/apple/swift-nio-extras", from: "1.35.2"),
    .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
    .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
  ],
  targets: [
    // System libraries: a module map and a shim header each, nothing else.
    .systemLibrary(
      name: "CLibXML2",
      pkgConfig: "libxml-2.0",
      providers: [.apt(["libxml2-dev"])]
    ),
    .systemLibrary(
      name: "CLibZip",
      pkgConfig: "libzip",
      providers: [.apt(["libzip-dev"])]
    ),
    .systemLibrary(
      name: "CLibCrypto",
      pkgConfig: "libcrypto",
      providers: [.apt(["libssl-dev"])]
    ),
    .systemLibrary(
      name: "CLibXLSXWriter",
      pkgConfig: "xlsxwriter",
      providers: [.apt(["libxlsxwriter-dev"])]
    ),
    // The C library's allocator controls (malloc_trim), part of glibc: no package to install.
    .systemLibrary(name: "CMalloc"),
    .systemLibrary(
      name: "CLibYAML",
      pkgConfig: "yaml-0.1",
      providers: [.apt(["libyaml-dev"])]
    ),

    // Build-time embedding of the form definitions, schemas and message catalogue, so the
    // binary works from any folder.
    .executableTarget(
      name: "shenbao-embed",
      dependencies: [.product(name: "Yams", package: "Yams")],
      path: "Sources/EmbedTool"
    ),
    .plugin(
      name: "EmbedResources",
      capability: .buildTool(),
      dependencies: ["shenbao-embed"]
    ),

    // The library and the thin command-line tool around it.
    .target(
      name: "ShenbaoKit",
      dependencies: [
        "CLibXML2",
        "CLibZip",
        "CLibCrypto",
        "CLibYAML",
        "CLibXLSXWriter",
        "CMalloc",
        .product(name: "Mustache", package: "swift-mustache"),
      ],
      exclude: ["Catalogue/messages.yaml"],
      swiftSettings: fuzzInstrumented,
      plugins: ["EmbedResources"]
    ),
    // `shenbao serve`: the same work as a web page, on Hummingbird.
    .target(
      name: "ShenbaoServe",
      dependencies: [
        "ShenbaoKit",
        .product(name: "Hummingbird", package: "hummingbird"),
        .product(name: "Logging", package: "swift-log"),
        .product(name: "NIOCore", package: "swift-nio"),
        .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
        .product(name: "HTTPTypes", package: "swift-http-types"),
        .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
      ]
    ),
    .executableTarget(
      name: "shenbao",
      dependencies: [
        "ShenbaoKit",
        "ShenbaoServe",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
        .product(name: "NIOCore", package: "swift-nio"),
      ]
    ),

    // Fuzzing harnesses, one per reader of untrusted input; not part of any product. `make fuzz`
    // builds them with libFuzzer; an ordinary build makes stubs that say so.
    .target(name: "FuzzDriver", path: "Fuzz/Driver"),
    .executableTarget(name: "FuzzDraft", dependencies: ["ShenbaoKit", "FuzzDriver"], path: "Fuzz/Draft",
      swiftSettings: fuzzHarness, linkerSettings: fuzzLinked),
    .executableTarget(name: "FuzzDocx", dependencies: ["ShenbaoKit", "FuzzDriver"], path: "Fuzz/Docx",
      swiftSettings: fuzzHarness, linkerSettings: fuzzLinked),
    .executableTarget(name: "FuzzBundle", dependencies: ["ShenbaoKit", "FuzzDriver"], path: "Fuzz/Bundle",
      swiftSettings: fuzzHarness, linkerSettings: fuzzLinked),
    .executableTarget(name: "FuzzForm", dependencies: ["ShenbaoKit", "FuzzDriver"], path: "Fuzz/Form",
      swiftSettings: fuzzHarness, linkerSettings: fuzzLinked),
    .executableTarget(name: "FuzzUpload", dependencies: ["ShenbaoKit", "FuzzDriver"], path: "Fuzz/Upload",
      swiftSettings: fuzzHarness, linkerSettings: fuzzLinked),
    .executableTarget(name: "FuzzSummary", dependencies: ["ShenbaoKit", "FuzzDriver"], path: "Fuzz/Summary",
      swiftSettings: fuzzHarness, linkerSettings: fuzzLinked),

    // Tests.
    .testTarget(name: "ShenbaoKitTests", dependencies: ["ShenbaoKit", "CLibXML2", "CLibZip"]),
    .testTarget(name: "ShenbaoCLITests", dependencies: ["ShenbaoKit", "shenbao"]),
    .testTarget(name: "ShenbaoServeTests", dependencies: [
      "ShenbaoKit", "ShenbaoServe", .product(name: "NIOCore", package: "swift-nio"),
    ]),
  ],
  swiftLanguageModes: [.v6]
)
