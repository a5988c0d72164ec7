import Foundation
import ShenbaoCore
import ShenbaoSupport
import Testing

/// `shenbao verify` and bagit-python judge tampered bags alike: a corpus of altered copies of a
/// real bundle (`Tests/Interop/make_tampered_bags.py`), each verified by both.
@Suite("Tampered bags", .serialized)
struct TamperedBagTests {
  struct Expected: Decodable {
    var valid: Bool
    var code: String?
    var stricter: Bool
  }

  struct Report: Decodable {
    struct Finding: Decodable { var code: String }
    var file: String
    var findings: [Finding]
  }

  @Test func shenbaoAndBagitAgreeOnEveryTamperedBag() throws {
    let workspace = try Workspace()
    #expect(try CLI.run(["package", "draft.yaml", "-o", "bundle.zip"], in: workspace.folder).status == 0)
    let corpus = workspace.url("tampered")
    let script = Repository.root.appendingPathComponent("Tests/Interop/make_tampered_bags.py").path
    let made = try CLI.tool("python3", [script, workspace.url("bundle.zip").path, corpus.path])
    #expect(made.status == 0, "\(made.stdout)")
    let expected = try JSONDecoder().decode([String: Expected].self,
      from: Data(contentsOf: corpus.appendingPathComponent("expected.json")))
    #expect(expected.values.filter { !$0.stricter }.count >= 40)

    let verdicts = try CLI.tool("python3", [
      Repository.root.appendingPathComponent("Tests/Interop/bagit_verdicts.py").path, corpus.path,
    ])
    #expect(verdicts.status == 0, "\(verdicts.stdout)")
    let bagit = try JSONDecoder().decode([String: Bool].self, from: Data(verdicts.stdout.utf8))

    for (name, expectation) in expected.sorted(by: { $0.key < $1.key }) {
      let run = try CLI.run(["verify", "--format", "json", "\(name).zip"], in: corpus)
      let reports = try JSONDecoder().decode([Report].self, from: Data(run.stdout.utf8))
      let codes = Set(reports.first?.findings.map(\.code) ?? [])
      #expect(run.status == (expectation.valid ? 0 : 1), "\(name): \(codes)")
      if let code = expectation.code { #expect(codes.contains(code), "\(name): \(codes)") }
      if expectation.stricter {
        // RFC 8493 asks more than bagit-python checks: shenbao refuses, bagit-python passes.
        #expect(bagit[name] == true, "\(name): bagit-python now refuses it too")
      } else {
        #expect(bagit[name] == expectation.valid, "\(name): bagit-python says \(String(describing: bagit[name]))")
      }
    }
  }
}
