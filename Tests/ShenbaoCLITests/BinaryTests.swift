import Foundation
import Testing

/// What the shipped binaries carry: `shenbao` no web server and not the whole of Foundation, read
/// from its symbols; `shenbao serve` the server's own executable, beside it.
@Suite("The binaries")
struct BinaryTests {
  /// The symbols of the release `shenbao` (which `make test` builds) that contain `needle`.
  func symbols(containing needles: [String]) throws -> [String: Int] {
    let run = try CLI.tool("nm", [Measured.releaseBinary.path])
    #expect(run.status == 0, "\(run.stdout.prefix(300))")
    let names = run.stdout.split(separator: "\n")
    #expect(names.count > 10_000)
    return Dictionary(uniqueKeysWithValues: needles.map { needle in (needle, names.filter { $0.contains(needle) }.count) })
  }

  @Test func theCommandLineCarriesNoWebServerAndNoFullFoundation() throws {
    // $s10Foundation: the mangled prefix of full Foundation's symbols (FoundationEssentials' is
    // $s20FoundationEssentials, which the command line may use).
    let found = try symbols(containing: ["NIO", "Hummingbird", "$s10Foundation", "Mustache", "ServiceLifecycle"])
    #expect(found.values.allSatisfy { $0 == 0 }, "\(found)")
    #expect(try symbols(containing: ["$s20FoundationEssentials"])["$s20FoundationEssentials"] ?? 0 > 0)
  }

  /// Without `shenbao-serve` beside it or on the path, `shenbao serve` says what to install.
  @Test func serveNamesTheProgramItNeeds() throws {
    let workspace = try Workspace(withExample: false)
    let alone = workspace.url("shenbao")
    try FileManager.default.copyItem(at: CLI.binary, to: alone)
    let process = Process()
    process.executableURL = alone
    process.arguments = ["serve", "--port", "0"]
    process.environment = ["PATH": "/usr/bin:/bin"]
    let errors = Pipe()
    process.standardError = errors
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 2)
    #expect(text == "找不到 shenbao-serve：shenbao serve 由它运行，请把它安装在 shenbao 旁边（make install 会安装两者）\n", "\(text)")
    // With it beside, `shenbao serve --help` is its help.
    let help = try CLI.run(["serve", "--help"])
    #expect(help.status == 0)
    #expect(help.stdout.contains("USAGE: shenbao serve"), "\(help.stdout)")
  }
}
