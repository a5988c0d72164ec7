import Foundation
import FuzzDriver
import ShenbaoBundle
import ShenbaoCore

/// Fuzzes the bundle verifier: bytes as a bundle received, verified from memory (the ZIP, the
/// bag, the embedded draft).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzBundle(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> Int32 {
  guard let bytes else { return 0 }
  let verifier = BundleVerifier(today: CalendarDate(year: 2021, month: 5, day: 20) ?? .today())
  _ = verifier.verify(data: Data(bytes: bytes, count: count), named: "fuzz.zip")
  return 0
}

@_cdecl("FuzzBundle_main")
public func fuzzBundleMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
  shenbao_fuzz_run(argc, argv, fuzzBundle)
}
