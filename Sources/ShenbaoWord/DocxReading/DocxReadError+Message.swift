import ShenbaoCore

extension DocxReadError {
  /// The reason, to print after the file's name.
  public func message(_ language: Language, catalogue: MessageCatalogue = .shared) -> String {
    switch self {
    case .file(let error): error.message(language, catalogue: catalogue)
    case .archive(let problem):
      catalogue.text("failure.docxArchive", language, ["reason": problem.message(language, catalogue: catalogue)])
    case .tooComplex(let part, let structure, let limit):
      catalogue.text("failure.docxTooComplex", language, ["part": part.isEmpty ? "docx" : part,
        "what": catalogue.text("failure.structure.\(structure.rawValue)", language, ["limit": String(limit)])])
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
    case .xml(let part, let error):
      catalogue.text("failure.docxXML", language, ["part": part, "reason": error.message(language, catalogue: catalogue)])
    case .form(let error):
      catalogue.text("failure.docxForm", language, ["reason": error.line(language, catalogue: catalogue)])
    case .notTheForm(let expected, let tables, let anchors, let firstLine):
      catalogue.text("failure.docxNotTheForm", language, ["expected": expected,
        "tables": String(tables), "anchors": String(anchors), "first": firstLine])
    }
  }
}
