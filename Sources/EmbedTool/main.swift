// Writes a Swift source file that carries text files as string literals.
//
// Usage: shenbao-embed OUTPUT.swift ROOT FILE...
// Each FILE is stored under its path relative to ROOT. YAML files are stored as JSON, under
// their path with `.json` for `.yaml`: the binary then decodes them with the JSON decoder, which
// starts faster than decoding YAML.

import Foundation
import Yams

let arguments = CommandLine.arguments.dropFirst()
guard arguments.count >= 2 else {
  FileHandle.standardError.write(Data("usage: shenbao-embed OUTPUT.swift ROOT FILE...\n".utf8))
  exit(2)
}
let output = URL(fileURLWithPath: arguments[arguments.startIndex])
let root = URL(fileURLWithPath: arguments[arguments.startIndex + 1]).standardizedFileURL.path
let files = arguments.dropFirst(2).sorted()

/// A raw string delimiter long enough that the content cannot end the literal early.
func delimiter(for text: String) -> String {
  var longest = 0
  var run = -1
  for character in text {
    if character == "\"" {
      run = 0
    } else if character == "#", run >= 0 {
      run += 1
      longest = max(longest, run)
    } else {
      run = -1
    }
  }
  return String(repeating: "#", count: longest + 1)
}

var source = """
  // Generated at build time by shenbao-embed from the package's data files. Do not edit.

  enum EmbeddedFiles {
    /// The embedded files, keyed by their path relative to the package root.
    static let contents: [String: String] = [

  """
for file in files {
  let path = URL(fileURLWithPath: file).standardizedFileURL.path
  guard path.hasPrefix(root + "/") else {
    FileHandle.standardError.write(Data("shenbao-embed: \(path) is outside \(root)\n".utf8))
    exit(1)
  }
  var key = String(path.dropFirst(root.count + 1))
  guard let data = FileManager.default.contents(atPath: path),
    var text = String(data: data, encoding: .utf8)
  else {
    FileHandle.standardError.write(Data("shenbao-embed: cannot read \(path) as UTF-8\n".utf8))
    exit(1)
  }
  if key.hasSuffix(".yaml") {
    do {
      let value = try Yams.load(yaml: text) ?? [:]
      let json = try JSONSerialization.data(withJSONObject: value, options: [.sortedKeys])
      text = String(decoding: json, as: UTF8.self)
      key = String(key.dropLast(".yaml".count)) + ".json"
    } catch {
      FileHandle.standardError.write(Data("shenbao-embed: \(path) is not valid YAML: \(error)\n".utf8))
      exit(1)
    }
  }
  let hashes = delimiter(for: text)
  source += "    \"\(key)\": \(hashes)\"\"\"\n\(text)\n\"\"\"\(hashes),\n"
}
source += "  ]\n}\n"

do {
  try Data(source.utf8).write(to: output, options: .atomic)
} catch {
  FileHandle.standardError.write(Data("shenbao-embed: cannot write \(output.path): \(error)\n".utf8))
  exit(1)
}
