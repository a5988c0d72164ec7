import ArgumentParser
import FoundationEssentials
import ShenbaoCommandLine
import ShenbaoCore
import ShenbaoSupport
import ShenbaoWord

extension Shenbao {
  /// `shenbao extract FILLED.docx…`: the draft each filled Word form holds.
  struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "extract",
      abstract: "Read 申报书 filled in Word back into drafts.",
      discussion: """
        One document: its draft to standard output, or to -o FILE. Many: one draft each in the \
        folder -o DIR names (made if need be), each named after its document (申报书.docx → \
        申报书.yaml; documents of one name are told apart by their folders, app-0001-申报书.yaml), \
        read on all cores. Attachments come from a folder with one sub-folder per category \
        (01-营业执照或法人证书/ …): --attachments (one document only), else NAME-附件/ or 附件/ beside \
        the document. What a reviewer should know (tracked changes, comments, hidden text, edited \
        labels) is listed on standard error. A document that cannot be read is one line there \
        and exit code 2; the others are still written.
        """)

    @Argument(help: "The filled forms (.docx).")
    var files: [String]

    @Option(name: .shortAndLong, help: "Where to write: the draft of one document (default: standard output); the folder for many.")
    var output: String?

    @OptionGroup var attachments: AttachmentsOption
    @OptionGroup var force: ForceOption
    @OptionGroup var form: FormOption
    @OptionGroup var language: LanguageOption

    func validate() throws {
      guard !files.isEmpty else { throw ValidationError("Name at least one filled form.") }
      if files.count > 1 {
        guard let output, output != "-" else { throw ValidationError("Many documents need -o DIR: the folder for their drafts.") }
        if attachments.attachments != nil { throw ValidationError("--attachments takes one document; many find theirs beside them.") }
      }
    }

    func run() throws {
      let lang = language.language
      guard files.count > 1, let output else {
        return try extractOne(files[0], to: output == "-" ? nil : output, lang)
      }
      let folder = URL(fileURLWithPath: output)
      do {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      } catch {
        throw Failure(OutputError.unwritable(folder, errno: SystemError.code(of: error)).line(lang))
      }
      let check = DraftCheck(forms: try form.choice(lang), language: lang)
      let names = Self.draftNames(files)
      let replacing = force.force
      let jobs = zip(files, names).map { (file: $0, name: $1) }
      // Read and written on every core: each document's draft is its own file.
      let outcomes = jobs.parallelMap { job -> Outcome in
        Self.extract(job.file, to: folder.appendingPathComponent(job.name), check: check, replacing: replacing, lang)
      }
      for outcome in outcomes {
        outcome.notes.forEach(Terminal.printError)
        if let failure = outcome.failure { Terminal.printError(failure) }
      }
      if outcomes.contains(where: { $0.failure != nil }) { throw ExitCode(2) }
    }

    /// What extracting one of many documents came to: its notes, and why it was not written.
    struct Outcome: Sendable {
      var notes: [String]
      var failure: String?
    }

    /// One of many documents' draft, written to `target`.
    static func extract(_ file: String, to target: URL, check: DraftCheck, replacing: Bool, _ lang: Language) -> Outcome {
      let application: Application, definition: FormDefinition
      do throws(DraftCheck.Failure) {
        (application, definition) = try check.read(file)
      } catch {
        return Outcome(notes: [], failure: error.line(file: file, lang))
      }
      let notes = Self.notes(application, file, lang)
      do {
        let text = try draft(application, definition, in: target.deletingLastPathComponent(), force: replacing, lang)
        try OutputFile.write(Data(text.utf8), to: target.path, force: replacing, language: lang)
      } catch {
        let line = (error as? Failure)?.description
          ?? OutputError.unwritable(target, errno: SystemError.code(of: error)).line(lang)
        return Outcome(notes: notes, failure: line)
      }
      return Outcome(notes: notes, failure: nil)
    }

    /// One document's draft, to standard output or `output`.
    private func extractOne(_ file: String, to output: String?, _ lang: Language) throws {
      let (application, definition) = try DraftInput.read(file, form: form, language: lang,
        attachments: attachments.folder)
      let folder = output.map { URL(fileURLWithPath: $0).deletingLastPathComponent() }
        ?? URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
      let text = try Self.draft(application, definition, in: folder, writing: output != nil, force: force.force, lang)
      Self.notes(application, file, lang).forEach(Terminal.printError)
      guard let output else {
        Terminal.write(text)
        return
      }
      try OutputFile.write(Data(text.utf8), to: output, force: force.force, language: lang)
    }

    /// The draft of `application` as YAML for the folder `folder`: its attachment paths start
    /// there, and its modeline names the schema from there.
    static func draft(
      _ application: Application, _ definition: FormDefinition, in folder: URL, writing: Bool = true, force: Bool,
      _ lang: Language
    ) throws -> String {
      let reference = try SchemaLocator.reference(for: definition, draftFolder: folder, writing: writing, force: force,
        language: lang)
      let draft = AttachmentFolder.rebased(application, form: definition, from: application.baseDirectory ?? folder,
        to: folder)
      return DraftYAMLWriter(form: definition, schemaReference: reference).write(draft)
    }

    /// What reading the document noticed, a line each.
    static func notes(_ application: Application, _ file: String, _ lang: Language) -> [String] {
      let formatter = TextReportFormatter(language: lang, colors: false)
      return (application.source?.notes ?? []).map { formatter.line(for: $0.finding(lang), file: file) }
    }

    /// The draft's name for each document: its own name as YAML (申报书.yaml), with as many of
    /// its folders before it as tell it from another of that name (app-0001-申报书.yaml); a
    /// document given twice gets -2.
    static func draftNames(_ files: [String]) -> [String] {
      let steps = files.map { file -> [String] in
        let parts = file.split(separator: "/").map(String.init).filter { $0 != "." && $0 != ".." }
        return parts.isEmpty ? [file] : Array(parts.dropLast()) + [parts[parts.count - 1].deletingPathExtension]
      }
      var depth = Array(repeating: 1, count: files.count)
      func name(_ index: Int) -> String { steps[index].suffix(depth[index]).joined(separator: "-") }
      while true {
        let groups = Dictionary(grouping: files.indices) { name($0).nfc }
        let shared = groups.values.filter { $0.count > 1 }.joined().filter { depth[$0] < steps[$0].count }
        guard !shared.isEmpty else { break }
        for index in shared { depth[index] += 1 }
      }
      var used = Set<String>()
      return files.indices.map { DistinctName.make(name($0) + ".yaml", among: &used) }
    }
  }
}
