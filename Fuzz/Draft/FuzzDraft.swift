import Foundation
import FuzzDriver
import ShenbaoBundle
import ShenbaoCore

/// Fuzzes the draft reader and the rules: bytes as a YAML or JSON draft, read and validated
/// against the built-in form with no attachments on disk.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDraft(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> Int32 {
  guard let bytes else { return 0 }
  guard let text = try? TextFile.decode(Data(bytes: bytes, count: count)),
    let application = try? DraftReader.parse(text)
  else { return 0 }
  let report = Validator(today: CalendarDate(year: 2021, month: 5, day: 20) ?? .today())
    .validate(application, named: "fuzz.yaml", store: BundleAttachmentStore(files: [:]))
  _ = TextReportFormatter(language: .zh, colors: false).format(report)
  return 0
}

@_cdecl("FuzzDraft_main")
public func fuzzDraftMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
  shenbao_fuzz_run(argc, argv, fuzzDraft)
}
