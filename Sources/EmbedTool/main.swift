// Writes a Swift source file that carries text files as string literals.
//
// Usage: shenbao-embed OUTPUT.swift ROOT FILE...
// Each FILE is stored under its path relative to ROOT, as written; the message catalogue is
// stored as dictionaries, key → text, one per language.

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

/// The catalogue's leaves — mappings of language codes to texts — under their dotted keys.
func flatten(_ node: Any, prefix: String) -> [(String, [String: String])] {
  guard let mapping = node as? [String: Any] else { return [] }
  let languages: Set<String> = ["zh", "en"]
  if !mapping.isEmpty, Set(mapping.keys).isSubset(of: languages) {
    guard mapping.values.allSatisfy({ $0 is String }) else {
      FileHandle.standardError.write(Data("shenbao-embed: \(prefix) has a text that YAML reads as no string; quote it\n".utf8))
      exit(1)
    }
    return [(prefix, mapping.compactMapValues { $0 as? String })]
  }
  return mapping.keys.sorted().flatMap { key in
    flatten(mapping[key]!, prefix: prefix.isEmpty ? key : "\(prefix).\(key)")
  }
}

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
/// The message catalogue's texts as a dictionary literal, key → language → text: nothing to
/// parse when a command starts.
var messages: [(String, [String: String])] = []
for file in files {
  let path = URL(fileURLWithPath: file).standardizedFileURL.path
  guard path.hasPrefix(root + "/") else {
    FileHandle.standardError.write(Data("shenbao-embed: \(path) is outside \(root)\n".utf8))
    exit(1)
  }
  let key = String(path.dropFirst(root.count + 1))
  guard let data = FileManager.default.contents(atPath: path),
    let text = String(data: data, encoding: .utf8)
  else {
    FileHandle.standardError.write(Data("shenbao-embed: cannot read \(path) as UTF-8\n".utf8))
    exit(1)
  }
  if key.hasSuffix("/messages.yaml") {
    do {
      messages = flatten(try Yams.load(yaml: text) ?? [:], prefix: "")
      continue
    } catch {
      FileHandle.standardError.write(Data("shenbao-embed: \(path) is not valid YAML: \(error)\n".utf8))
      exit(1)
    }
  }
  if key.hasSuffix(".yaml") {
    // Form definitions are embedded as written: the binary reads them as it reads any form on
    // the search path, and a bundle carries the very text. They must at least be YAML.
    do {
      _ = try Yams.compose(yaml: text)
    } catch {
      FileHandle.standardError.write(Data("shenbao-embed: \(path) is not valid YAML: \(error)\n".utf8))
      exit(1)
    }
  }
  let hashes = delimiter(for: text)
  source += "    \"\(key)\": \(hashes)\"\"\"\n\(text)\n\"\"\"\(hashes),\n"
}
source += files.isEmpty ? "    :\n  ]\n" : "  ]\n"
// A module without a catalogue carries none.
if !messages.isEmpty {
  for language in ["zh", "en"] {
    source += "\n  /// The message catalogue in `\(language)`: key → text.\n"
    source += "  static let messages_\(language): [String: String] = [\n"
    for (key, texts) in messages {
      guard let text = texts[language] else { continue }
      let hashes = delimiter(for: text)
      source += "    \"\(key)\": \(hashes)\"\(text)\"\(hashes),\n"
    }
    source += "  ]\n"
  }
}
source += "}\n"

do {
  try Data(source.utf8).write(to: output, options: .atomic)
} catch {
  FileHandle.standardError.write(Data("shenbao-embed: cannot write \(output.path): \(error)\n".utf8))
  exit(1)
}
