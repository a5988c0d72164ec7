/// One-line reasons for the failures that stop a command, from the message catalogue.
extension TextFileError {
  /// The reason, to print after the file's name.
  public func message(_ language: Language, catalogue: MessageCatalogue = .shared) -> String {
    switch self {
    case .notFound: catalogue.text("failure.notFound", language)
    case .isDirectory: catalogue.text("failure.isDirectory", language)
    case .tooLarge(let size, let limit):
      catalogue.text("failure.tooLarge", language, ["size": String(size), "limit": String(limit)])
    case .notUTF8(let offset, let gbk):
      catalogue.text(gbk ? "failure.notUTF8GBK" : "failure.notUTF8", language,
        ["offset": String(offset + 1)])
    case .utf16: catalogue.text("failure.utf16", language)
    case .unreadable(let reason): catalogue.text("failure.unreadable", language, ["reason": reason])
    }
  }
}

extension DraftReadError {
  /// The reason, to print after the file's name; `line` is where it happened, if known.
  public func message(_ language: Language, catalogue: MessageCatalogue = .shared) -> String {
    switch self {
    case .file(let error): error.message(language, catalogue: catalogue)
    case .malformed(let problem, _):
      catalogue.text("failure.malformed", language, ["problem": problem])
    case .duplicateKey(let key, _):
      catalogue.text("failure.duplicateKey", language, ["key": key])
    case .complexKey: catalogue.text("failure.complexKey", language)
    case .notAMapping(let found):
      catalogue.text("failure.notAMapping", language,
        ["found": catalogue.text(found == "list" ? "failure.notAMappingList" : "failure.notAMappingText", language)])
    case .empty: catalogue.text("failure.empty", language)
    case .tooManyValues(let limit):
      catalogue.text("failure.tooManyValues", language, ["limit": String(limit)])
    case .docx(let error): error.message(language, catalogue: catalogue)
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
  /// The one-line message, naming the form or its file.
  public func line(_ language: Language, catalogue: MessageCatalogue = .shared) -> String {
    switch self {
    case .unknownForm(let form, let known):
      "\(form): " + catalogue.text("failure.unknownForm", language,
        ["form": form, "known": known.joined(separator: ", ")])
    case .unreadable(let url, let error):
      "\(url.path): \(error.message(language, catalogue: catalogue))"
    case .invalid(let url, let problem):
      "\(url.path): " + catalogue.text("failure.invalidForm", language, ["problem": problem])
    }
  }
}

extension DocxReadError {
  /// The reason, to print after the file's name.
  public func message(_ language: Language, catalogue: MessageCatalogue = .shared) -> String {
    switch self {
    case .file(let error): error.message(language, catalogue: catalogue)
    case .notAZip(let reason): catalogue.text("failure.docxNotAZip", language, ["reason": reason])
    case .bomb(let entry, let size):
      catalogue.text("failure.docxBomb", language, ["entry": entry, "size": String(size)])
    case .missingPart(let part): catalogue.text("failure.docxMissingPart", language, ["part": part])
    case .contentType(let part, let found):
      catalogue.text("failure.docxContentType", language, ["part": part, "found": found])
    case .partTooLarge(let part, let size, let limit):
      catalogue.text("failure.docxPartTooLarge", language,
        ["part": part, "size": String(size), "limit": String(limit)])
    case .xml(let part, .forbidden(let what)):
      catalogue.text("failure.docxForbidden", language,
        ["part": part, "what": catalogue.text("failure.xml.\(what.rawValue)", language)])
    case .xml(let part, .libxml(let reason)):
      catalogue.text("failure.docxXML", language, ["part": part, "reason": reason])
    case .xml(let part, let error):
      catalogue.text("failure.docxXML", language, ["part": part, "reason": String(describing: error)])
    case .notTheForm(let expected, let tables, let anchors, let firstLine):
      catalogue.text("failure.docxNotTheForm", language, ["expected": expected,
        "tables": String(tables), "anchors": String(anchors), "first": firstLine])
    }
  }
}
