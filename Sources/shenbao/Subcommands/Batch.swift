import ArgumentParser
import FoundationEssentials
import ShenbaoCommandLine
import ShenbaoCore
import ShenbaoDesk
import ShenbaoSupport
import Synchronization

extension Shenbao {
  /// `shenbao batch DIR -o OUTDIR`: every application in a folder, validated and packaged.
  struct Batch: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "batch",
      abstract: "Validate and package every application in a folder, and summarise them all.",
      discussion: """
        Applications are the drafts (.yaml, .yml, .json) and filled Word forms (.docx, with their \
        NAME-附件/ folders) under DIR. Valid ones are packaged into OUTDIR (replacing bundles of \
        the same name); 汇总.html, .xlsx, .csv and .json summarise every one, grouped by \
        recommending department, and what shows only across applications; 回执.json and .html \
        are the receipt of the bundles. Ctrl-C stops starting new ones, finishes those under way and writes \
        an honest partial summary (exit code 130; 128 + the signal for others).
        """)

    @Argument(help: "The folder of applications.")
    var folder: String

    @Option(name: .shortAndLong, help: "The folder for the bundles and summaries.")
    var output: String

    @Option(help: "How many applications to handle at once (default: every core).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @OptionGroup var form: FormOption
    @OptionGroup var language: LanguageOption

    func validate() throws {
      guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1.") }
    }

    func run() throws {
      let lang = language.language
      let forms = try form.choice(lang)
      // A broken form anywhere on the search path refuses the batch up front, in one line.
      for found in forms.resolver.available() {
        if case .failure(let error) = found.form { throw Failure(error.line(lang)) }
      }
      let runner = BatchRunner(forms: forms, jobs: jobs, language: lang)
      let progress = ProgressBar()
      let cancelled = CancellationFlag()
      InterruptCleanup.onFirstSignal { cancelled.cancel(by: $0) }
      defer { InterruptCleanup.onFirstSignal(nil) }
      let summary: BatchSummary
      do {
        summary = try runner.run(
          folder: URL(fileURLWithPath: folder), output: URL(fileURLWithPath: output),
          progress: { progress.update($0, stage: MessageCatalogue.shared.text("batch.stage.\($0.stage.rawValue)", lang)) },
          isCancelled: { cancelled.isCancelled })
      } catch {
        progress.finish()
        throw Failure(error.line(lang))
      }
      progress.finish()
      let files = SummaryFiles(language: lang)
      Terminal.write(files.counts(summary) + "\n")
      Terminal.write(MessageCatalogue.shared.text("summary.written", lang,
        ["files": files.names.map { "\(output)/\($0)" }.joined(separator: "、")]) + "\n")
      if summary.interrupted { throw ExitCode(128 + cancelled.signal) }
      if !summary.allGood { throw ExitCode(1) }
    }
  }
}

/// The signal that asked the batch to stop, set by the signal handler and read by the workers.
final class CancellationFlag: Sendable {
  private let number = Atomic<Int32>(0)

  func cancel(by signal: Int32) { number.store(signal, ordering: .relaxed) }
  var isCancelled: Bool { number.load(ordering: .relaxed) != 0 }
  var signal: Int32 { number.load(ordering: .relaxed) }
}
