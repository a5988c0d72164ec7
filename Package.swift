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
// The executables are linked by lld with their relative relocations packed (DT_RELR, glibc 2.36):
// the dynamic loader has tens of thousands fewer entries to walk when every command starts.
let quickStart: [LinkerSetting] = [
  .unsafeFlags(["-use-ld=lld", "-Xlinker", "-z", "-Xlinker", "pack-relative-relocs"], .when(configuration: .release))
]

let package = Package(
  name: "shenbao",
  platforms: [.macOS(.v15)],
  products: [
    .library(name: "ShenbaoKit", targets: ["ShenbaoCore", "ShenbaoWord", "ShenbaoBundle", "ShenbaoDesk"]),
    .library(name: "ShenbaoServe", targets: ["ShenbaoServe"]),
    .executable(name: "shenbao", targets: ["shenbao"]),
    .executable(name: "shenbao-serve", targets: ["shenbao-serve"]),
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

    // Build-time embedding of the data files a module needs (forms, schemas and the message
    // catalogue for the core; the web pages' templates and assets for the web; the summary
    // page's style and script for the desk), so the binaries work from any folder.
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

    // The library, in layers: each module uses only those below it.
    // Files, processes, signals, worker threads, text: nothing of forms.
    .target(
      name: "ShenbaoSupport",
      dependencies: ["CMalloc"],
      swiftSettings: fuzzInstrumented
    ),
    // The one module that speaks C: XML, ZIP, YAML and digests as Swift types.
    .target(
      name: "ShenbaoNative",
      dependencies: ["ShenbaoSupport", "CLibXML2", "CLibZip", "CLibYAML", "CLibCrypto"],
      swiftSettings: fuzzInstrumented
    ),
    // Form definitions, drafts, rules and relations, findings, messages, reports.
    .target(
      name: "ShenbaoCore",
      dependencies: ["ShenbaoSupport", "ShenbaoNative"],
      exclude: ["Catalogue/messages.yaml"],
      swiftSettings: fuzzInstrumented,
      plugins: ["EmbedResources"]
    ),
    // The 申报书 in Word: written, read back, annotated; and every draft file read the one way.
    .target(
      name: "ShenbaoWord",
      dependencies: ["ShenbaoCore", "ShenbaoNative", "ShenbaoSupport"],
      swiftSettings: fuzzInstrumented
    ),
    // Bundles: packaged, verified, BagIt.
    .target(
      name: "ShenbaoBundle",
      dependencies: ["ShenbaoWord", "ShenbaoCore", "ShenbaoNative", "ShenbaoSupport"],
      swiftSettings: fuzzInstrumented
    ),
    // The recommending department's desk: batches, summaries, receipts, the workbook.
    .target(
      name: "ShenbaoDesk",
      dependencies: ["ShenbaoBundle", "ShenbaoWord", "ShenbaoCore", "ShenbaoNative", "ShenbaoSupport", "CLibXLSXWriter"],
      swiftSettings: fuzzInstrumented,
      plugins: ["EmbedResources"]
    ),
    // The web pages' templates (Mustache) and what a server reads from a browser.
    .target(
      name: "ShenbaoWeb",
      dependencies: ["ShenbaoSupport", .product(name: "Mustache", package: "swift-mustache")],
      swiftSettings: fuzzInstrumented,
      plugins: ["EmbedResources"]
    ),
    // `shenbao serve`: the same work as web pages, on Hummingbird.
    .target(
      name: "ShenbaoServe",
      dependencies: [
        "ShenbaoDesk", "ShenbaoBundle", "ShenbaoWord", "ShenbaoCore", "ShenbaoWeb", "ShenbaoSupport",
        .product(name: "Hummingbird", package: "hummingbird"),
        .product(name: "Logging", package: "swift-log"),
        .product(name: "NIOCore", package: "swift-nio"),
        .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
        .product(name: "HTTPTypes", package: "swift-http-types"),
        .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
      ]
    ),

    // The command lines: what both executables share (options, the terminal, errors to exit
    // codes), `shenbao`, and `shenbao-serve`, which `shenbao serve` runs.
    .target(
      name: "ShenbaoCommandLine",
      dependencies: ["ShenbaoCore", "ShenbaoSupport", .product(name: "ArgumentParser", package: "swift-argument-parser")]
    ),
    .executableTarget(
      name: "shenbao",
      dependencies: [
        "ShenbaoCommandLine", "ShenbaoDesk", "ShenbaoBundle", "ShenbaoWord", "ShenbaoCore", "ShenbaoNative",
        "ShenbaoSupport",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      linkerSettings: quickStart
    ),
    .executableTarget(
      name: "shenbao-serve",
      dependencies: [
        "ShenbaoCommandLine", "ShenbaoServe", "ShenbaoCore", "ShenbaoSupport",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
        .product(name: "NIOCore", package: "swift-nio"),
      ],
      linkerSettings: quickStart
    ),

    // Fuzzing harnesses, one per reader of untrusted input, each on the modules it reads with;
    // not part of any product. `make fuzz` builds them with libFuzzer; an ordinary build makes
    // stubs that say so.
    .target(name: "FuzzDriver", path: "Fuzz/Driver"),
    .executableTarget(name: "FuzzDraft", dependencies: ["ShenbaoBundle", "ShenbaoCore", "FuzzDriver"], path: "Fuzz/Draft",
      swiftSettings: fuzzHarness, linkerSettings: fuzzLinked),
    .executableTarget(name: "FuzzDocx", dependencies: ["ShenbaoWord", "ShenbaoCore", "FuzzDriver"], path: "Fuzz/Docx",
      swiftSettings: fuzzHarness, linkerSettings: fuzzLinked),
    .executableTarget(name: "FuzzBundle", dependencies: ["ShenbaoBundle", "ShenbaoCore", "FuzzDriver"], path: "Fuzz/Bundle",
      swiftSettings: fuzzHarness, linkerSettings: fuzzLinked),
    .executableTarget(name: "FuzzForm", dependencies: ["ShenbaoCore", "FuzzDriver"], path: "Fuzz/Form",
      swiftSettings: fuzzHarness, linkerSettings: fuzzLinked),
    .executableTarget(name: "FuzzUpload", dependencies: ["ShenbaoWeb", "ShenbaoDesk", "FuzzDriver"], path: "Fuzz/Upload",
      swiftSettings: fuzzHarness, linkerSettings: fuzzLinked),
    .executableTarget(name: "FuzzSummary", dependencies: ["ShenbaoDesk", "ShenbaoCore", "FuzzDriver"], path: "Fuzz/Summary",
      swiftSettings: fuzzHarness, linkerSettings: fuzzLinked),

    // Tests, one target per module, and the fixtures they share.
    .target(name: "ShenbaoFixtures", dependencies: ["ShenbaoCore", "CLibZip"], path: "Tests/Fixtures"),
    .testTarget(name: "ShenbaoNativeTests", dependencies: ["ShenbaoNative", "ShenbaoSupport", "ShenbaoFixtures"]),
    .testTarget(name: "ShenbaoCoreTests", dependencies: ["ShenbaoCore", "ShenbaoNative", "ShenbaoSupport", "ShenbaoFixtures"]),
    .testTarget(name: "ShenbaoWordTests", dependencies: [
      "ShenbaoWord", "ShenbaoCore", "ShenbaoNative", "ShenbaoSupport", "ShenbaoFixtures", "CLibXML2", "CLibZip",
    ]),
    .testTarget(name: "ShenbaoBundleTests", dependencies: [
      "ShenbaoBundle", "ShenbaoWord", "ShenbaoCore", "ShenbaoNative", "ShenbaoSupport", "ShenbaoFixtures", "CLibZip",
    ]),
    .testTarget(name: "ShenbaoDeskTests", dependencies: [
      "ShenbaoDesk", "ShenbaoBundle", "ShenbaoWord", "ShenbaoCore", "ShenbaoNative", "ShenbaoSupport", "ShenbaoFixtures",
    ]),
    .testTarget(name: "ShenbaoWebTests", dependencies: ["ShenbaoWeb", "ShenbaoSupport"]),
    .testTarget(name: "ShenbaoCLITests", dependencies: ["ShenbaoDesk", "ShenbaoCore", "ShenbaoSupport", "shenbao", "shenbao-serve"]),
    .testTarget(name: "ShenbaoServeTests", dependencies: [
      "ShenbaoServe", "ShenbaoCore", .product(name: "NIOCore", package: "swift-nio"),
    ]),
  ],
  swiftLanguageModes: [.v6]
)
