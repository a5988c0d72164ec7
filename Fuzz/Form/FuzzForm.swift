import Foundation
import FuzzDriver
import ShenbaoCore

/// Fuzzes the form loader: bytes as a form definition file, read and checked.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzForm(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> Int32 {
  guard let bytes, let text = try? TextFile.decode(Data(bytes: bytes, count: count)) else { return 0 }
  _ = try? FormLibrary.parse(text, file: URL(fileURLWithPath: "fuzz-form.yaml"))
  return 0
}

@_cdecl("FuzzForm_main")
public func fuzzFormMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
  shenbao_fuzz_run(argc, argv, fuzzForm)
}
