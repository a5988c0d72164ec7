import FoundationEssentials
import Glibc
import ShenbaoNative
import ShenbaoSupport

/// One-line reasons for the failures that stop a command, from the message catalogue.
extension TextFileError {
  /// The reason, to print after the file's name.
  public func message(_ language: Language, catalogue: MessageCatalogue = .shared) -> String {
    switch self {
    case .notFound: catalogue.text("failure.notFound", language)
    case .isDirectory: catalogue.text("failure.isDirectory", language)
    case .tooLarge(let size, let limit):
      catalogue.text("failure.tooLarge", language, ["size": ByteSize.text(size), "limit": ByteSize.text(limit)])
    case .notUTF8(let offset, let gbk):
      catalogue.text(gbk ? "failure.notUTF8GBK" : "failure.notUTF8", language,
        ["offset": String(offset + 1)])
    case .utf16: catalogue.text("failure.utf16", language)
    case .unreadable(let code):
      catalogue.text("failure.unreadable", language, ["reason": SystemError.message(code, language, catalogue: catalogue)])
    }
  }
}

extension DraftReadError {
  /// The reason, to print after the file's name; `line` is where it happened, if known.
  public func message(_ language: Language, catalogue: MessageCatalogue = .shared) -> String {
    switch self {
    case .file(let error): error.message(language, catalogue: catalogue)
    case .malformed(let problem, _):
      catalogue.text("failure.malformed", language, ["problem": problem.message(language, catalogue: catalogue)])
    case .duplicateKey(let key, _):
      catalogue.text("failure.duplicateKey", language, ["key": key.abridged])
    case .complexKey: catalogue.text("failure.complexKey", language)
    case .notAMapping(let found):
      catalogue.text("failure.notAMapping", language,
        ["found": catalogue.text(found == "list" ? "failure.notAMappingList" : "failure.notAMappingText", language)])
    case .empty: catalogue.text("failure.empty", language)
    case .tooManyValues(let limit):
      catalogue.text("failure.tooManyValues", language, ["limit": String(limit)])
    }
  }

  /// Where in the file the problem is, if the parser said.
  public var location: SourceLocation? {
    switch self {
    case .malformed(_, let location), .duplicateKey(_, let location), .complexKey(let location):
      location
    default: nil
    }
  }

  /// The whole one-line message: `draft.yaml:12:3: reason`.
  public func line(file: String, _ language: Language) -> String {
    let position = location.map { ":\($0.line):\($0.column)" } ?? ""
    return "\(file)\(position): \(message(language))"
  }
}

extension FormError {
  /// The one-line message, naming the form or its file (and the line, for a problem in it).
  public func line(_ language: Language, catalogue: MessageCatalogue = .shared) -> String {
    switch self {
    case .unknownForm(let form, let known):
      "\(form.abridged): " + catalogue.text("failure.unknownForm", language,
        ["form": form.abridged, "known": known.joined(separator: ", ")])
    case .unreadable(let url, let error):
      "\(url.path): \(error.message(language, catalogue: catalogue))"
    case .invalid(let url, let problem):
      "\(url.path)\(problem.location.map { ":\($0.line):\($0.column)" } ?? ""): "
        + problem.message(language, catalogue: catalogue)
    }
  }
}

extension FormProblem {
  /// The allowed word `value` most likely meant: the same but for letter case, or a slip of a
  /// character or two.
  package static func nearest(_ value: String, in allowed: [String]) -> String? {
    if let same = allowed.first(where: { $0.lowercased() == value.lowercased() }) { return same }
    let scored = allowed.map { ($0, UnknownFieldRule.editDistance($0.lowercased(), value.lowercased())) }
    guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= max(1, min(2, value.count / 3)) else { return nil }
    return best.0
  }

  /// What is wrong, in words, without the place.
  public func message(_ language: Language, catalogue: MessageCatalogue = .shared) -> String {
    func kind(_ value: ValueKind) -> String { catalogue.text("form.kind.\(value.rawValue)", language) }
    func list(_ words: [String]) -> String { words.joined(separator: ", ") }
    let (key, arguments): (String, [String: String]) = switch reason {
    case .malformed(let problem): ("form.malformed", ["problem": problem.message(language, catalogue: catalogue)])
    case .duplicateKey(let name): ("form.duplicateKey", ["key": name.abridged])
    case .complexKey: ("form.complexKey", [:])
    case .empty: ("form.empty", [:])
    case .tooLarge(let limit): ("form.tooLarge", ["limit": String(limit)])
    case .missingKey(let name, let context): ("form.missingKey", ["key": name, "context": context])
    case .unknownKey(let name, let suggestion?, _):
      ("form.unknownKeySuggestion", ["key": name.abridged, "suggestion": suggestion])
    case .unknownKey(let name, nil, let known): ("form.unknownKey", ["key": name.abridged, "known": list(known)])
    case .wrongType(let name, let expected, let found):
      ("form.wrongType", ["key": name, "expected": kind(expected), "found": kind(found)])
    case .unknownValue(let name, let value, let allowed):
      if let suggestion = Self.nearest(value, in: allowed) {
        ("form.unknownValueSuggestion", ["key": name, "value": value.abridged, "suggestion": suggestion])
      } else {
        ("form.unknownValue", ["key": name, "value": value.abridged, "allowed": list(allowed)])
      }
    case .badIdentifier(let name, let value, let expected):
      ("form.badIdentifier", ["key": name, "value": value.abridged,
        "expected": catalogue.text("form.identifier.\(expected)", language)])
    case .duplicate(let name, let value): ("form.duplicate", ["key": name, "value": value.abridged])
    case .repeated(let name, let code, let earlier, let earlierCode):
      ("form.repeated", ["key": name, "code": code.abridged, "earlier": earlier, "earlierCode": earlierCode.abridged])
    case .tooMany(let name, let limit): ("form.tooMany", ["key": name, "limit": String(limit)])
    case .unresolved(let name, let path, let suggestion?):
      ("form.unresolvedSuggestion", ["key": name, "path": path.abridged, "suggestion": suggestion])
    case .unresolved(let name, let path, nil): ("form.unresolved", ["key": name, "path": path.abridged])
    case .wrongKind(let name, let path, let expected, let found):
      ("form.wrongKind", ["key": name, "path": path, "expected": list(expected), "found": found])
    case .invalid(let name, let reason): ("form.invalid.\(reason.rawValue)", ["key": name])
    }
    return catalogue.text(key, language, arguments)
  }
}

extension XMLError {
  /// Why a document could not be read as XML, in words.
  public func message(_ language: Language, catalogue: MessageCatalogue = .shared) -> String {
    switch self {
    case .malformed(let problem): problem.message(language, catalogue: catalogue)
    case .entryUnreadable(let problem): problem.message(language, catalogue: catalogue)
    case .forbidden(let what): catalogue.text("failure.xml.\(what.rawValue)", language)
    case .tooLarge(let limit): catalogue.text("xml.problem.tooLarge", language, ["limit": String(limit)])
    case .libxml, .cannotCreateWriter: catalogue.text("xml.problem.notWellFormed", language, ["code": "—"])
    }
  }
}

extension XMLProblem {
  /// Where and why, in words: `第 3 行第 15 列：开始标签与结束标签不匹配`.
  public func message(_ language: Language, catalogue: MessageCatalogue = .shared) -> String {
    let problem = catalogue.text(messageKey, language, ["code": String(code)])
    return catalogue.text("xml.at", language,
      ["line": String(line), "column": String(column), "problem": problem])
  }
}

extension ZipProblem {
  /// Why, in words: libzip's code, and the system's reason where the system failed.
  public func message(_ language: Language, catalogue: MessageCatalogue = .shared) -> String {
    let problem = catalogue.text(messageKey, language, ["code": String(code)])
    guard systemError != 0 else { return problem }
    return catalogue.text("zip.withSystem", language,
      ["problem": problem, "system": SystemError.message(systemError, language, catalogue: catalogue)])
  }
}

extension ZipError {
  /// The one-line message, naming the archive (and the entry, where one is concerned).
  public func line(_ language: Language, catalogue: MessageCatalogue = .shared) -> String {
    switch self {
    case .cannotOpen(let url, let problem):
      "\(url.path): \(problem.message(language, catalogue: catalogue))"
    case .corrupt(let url, let entry, let problem):
      "\(url.path)\(entry.isEmpty ? "" : " · \(entry)"): \(problem.message(language, catalogue: catalogue))"
    case .missingEntry(let url, let entry):
      "\(url.path) · \(entry): " + catalogue.text("zip.noEntry", language)
    case .entryTooLarge(let url, let entry, let limit):
      "\(url.path) · \(entry): " + catalogue.text("failure.tooLarge", language, ["size": "> \(limit)", "limit": String(limit)])
    case .cannotCreate(let what, let problem):
      "\(what.isEmpty ? "zip" : what): \(problem.message(language, catalogue: catalogue))"
    }
  }
}

/// The system's reasons for refusing a file operation, in words.
public enum SystemError {
  /// The reason for `errno` value `code`.
  public static func message(_ code: Int32, _ language: Language, catalogue: MessageCatalogue = .shared) -> String {
    let name: String
    switch code {
    case ENOENT: name = "notFound"
    case EACCES, EPERM: name = "permission"
    case ENOSPC, EDQUOT: name = "diskFull"
    case EROFS: name = "readOnly"
    case EISDIR: name = "isDirectory"
    case ENOTDIR: name = "notDirectory"
    case EIO: name = "io"
    case ENAMETOOLONG: name = "nameTooLong"
    case EMFILE, ENFILE: name = "tooManyFiles"
    case EEXIST: name = "exists"
    case EADDRINUSE: name = "addressInUse"
    case EADDRNOTAVAIL: name = "addressUnavailable"
    default: name = "other"
    }
    return catalogue.text("system.\(name)", language, ["code": String(code)])
  }

  /// The `errno` behind an error Foundation threw, found through its underlying errors; EIO
  /// when it names none.
  public static func code(of error: any Error) -> Int32 {
    if let posix = error as? POSIXError { return posix.code.rawValue }
    guard let error = error as? CocoaError else { return EIO }
    if let underlying = error.underlying { return code(of: underlying) }
    switch error.code {
    case .fileNoSuchFile, .fileReadNoSuchFile: return ENOENT
    case .fileReadNoPermission, .fileWriteNoPermission: return EACCES
    case .fileWriteOutOfSpace: return ENOSPC
    case .fileWriteVolumeReadOnly: return EROFS
    case .fileWriteFileExists: return EEXIST
    default: return EIO
    }
  }
}

extension YAMLSyntaxProblem {
  /// What is wrong, in words a person who writes YAML by hand can act on.
  public func message(_ language: Language, catalogue: MessageCatalogue = .shared) -> String {
    catalogue.text("yaml.\(kind.rawValue)", language, ["detail": detail ?? ""])
  }
}
