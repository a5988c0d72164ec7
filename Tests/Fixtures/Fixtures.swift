import Foundation
import ShenbaoCore

/// Paths of the repository, found from this file's place in it.
package enum Repository {
  package static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  package static let exampleFolder = root.appendingPathComponent("forms/shanghai-ip-operations-2021/example")
  package static let exampleDraft = exampleFolder.appendingPathComponent("draft.yaml")
}

/// A copy of the example application in a fresh temporary folder, removed when done.
package final class ExampleCopy {
  package let folder: URL
  package var draft: URL { folder.appendingPathComponent("draft.yaml") }

  package init() throws {
    folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("shenbao-tests-\(UUID().uuidString)")
    try FileManager.default.copyItem(at: Repository.exampleFolder, to: folder)
  }

  deinit {
    try? FileManager.default.removeItem(at: folder)
  }

  /// The draft as read from the copy.
  package func application() throws -> Application {
    try DraftReader.read(draft)
  }

  /// Thrown when an edit's text is not in the example draft.
  package struct MissingText: Error, CustomStringConvertible {
    package var description: String
  }

  /// Replaces `old` with `new` in the draft's text; the text must contain `old`.
  package func edit(_ old: String, _ new: String) throws {
    let text = try String(contentsOf: draft, encoding: .utf8)
    guard text.contains(old) else { throw MissingText(description: "the example draft has no \(old)") }
    try text.replacingOccurrences(of: old, with: new).write(to: draft, atomically: true, encoding: .utf8)
  }

  /// Writes `data` to `name` inside the copy.
  package func write(_ data: Data, to name: String) throws {
    let url = folder.appendingPathComponent(name)
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try data.write(to: url)
  }
}

/// A fixed "today" for tests, so birth-date checks do not drift.
package let testToday = CalendarDate(year: 2021, month: 6, day: 1)!

/// The findings for `application` checked against the default form.
package func findings(_ application: Application, language: Language = .zh) -> [Finding] {
  Validator(language: language, today: testToday).validate(application).findings
}

/// The findings for the example with `edits` applied to its values.
package func findingsForExample(_ edits: [(FieldPath, DraftValue?)]) throws -> [Finding] {
  let copy = try ExampleCopy()
  var application = try copy.application()
  for (path, value) in edits { application.setValue(value, at: path) }
  return findings(application)
}

/// The (code, path) pairs of findings, for comparing in tests.
package func codes(_ findings: [Finding]) -> [String] {
  findings.map { "\($0.code) \($0.path)" }
}

/// GB 11643 check character computed from the standard's definition (weights 2^(17-i) mod 11),
/// independently of the library's table.
package func idNumber(_ first17: String) -> String {
  let sum = first17.enumerated().reduce(0) { total, pair in
    let weight = (1 << (17 - pair.offset)) % 11
    return total + pair.element.wholeNumberValue! * weight
  }
  let value = (12 - sum % 11) % 11
  return first17 + (value == 10 ? "X" : String(value))
}

/// GB 32100 check character computed from the standard's definition (weights 3^(i-1) mod 31).
package func creditCode(_ first17: String) -> String {
  let alphabet = Array("0123456789ABCDEFGHJKLMNPQRTUWXY")
  var weight = 1
  var sum = 0
  for character in first17 {
    sum += alphabet.firstIndex(of: character)! * weight
    weight = weight * 3 % 31
  }
  return first17 + String(alphabet[(31 - sum % 31) % 31])
}

/// A credit code whose embedded organisation code (GB 11714) is valid too.
package func creditCode(prefix: String, region: String, organizationBody: String) -> String {
  let weights = [3, 7, 9, 10, 5, 8, 4, 2]
  let sum = zip(organizationBody, weights).reduce(0) { total, pair in
    let value = pair.0.isNumber ? pair.0.wholeNumberValue! : Int(pair.0.asciiValue!) - 55
    return total + value * pair.1
  }
  let check: String
  switch 11 - sum % 11 {
  case 10: check = "X"
  case 11: check = "0"
  case let digit: check = String(digit)
  }
  return creditCode(prefix + region + organizationBody + check)
}

/// The (code, path) pairs of findings of `code` for the example with `edits` applied.
package func pairs(_ code: String, after edits: [(FieldPath, DraftValue?)]) throws -> [String] {
  codes(try findingsForExample(edits).filter { $0.code == code })
}
