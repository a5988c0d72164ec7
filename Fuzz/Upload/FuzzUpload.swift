import Foundation
import FuzzDriver
import ShenbaoDesk
import ShenbaoWeb

/// Fuzzes what a browser or another party hands over: bytes as a multipart upload, cut into
/// chunks of the sizes the first bytes choose (as they arrive from a network), the same bytes as
/// a receipt (回执.json), and as a `Host` header and an `Origin` — of which only a loopback literal
/// or `localhost` may ever count as this machine.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzUpload(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> Int32 {
  guard let bytes, count > 0 else { return 0 }
  let input = Array(UnsafeBufferPointer(start: bytes, count: count))
  let folder = FileManager.default.temporaryDirectory.appendingPathComponent("shenbao-fuzz-upload-\(getpid())")
  try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  defer { try? FileManager.default.removeItem(at: folder) }
  var limits = MultipartParser.Limits(fileBytes: 64 << 10, totalBytes: 1 << 20)
  limits.parts = 64
  var parser = MultipartParser(boundary: "b0undary", limits: limits, folder: folder)
  let step = Int(input[0] % 61) + 1
  var offset = 1
  while offset < input.count {
    let end = min(input.count, offset + step)
    do { try parser.consume(Array(input[offset..<end])) } catch { break }
    offset = end
  }
  _ = parser.finished
  _ = try? Receipt.decode(Data(input))
  let text = String(decoding: input, as: UTF8.self)
  for candidate in [text, String(decoding: input.dropFirst(), as: UTF8.self)] {
    if let host = HTTPAuthority(candidate), host.isLoopback {
      let name = candidate.lowercased()
      guard name.hasPrefix("127.") || name.hasPrefix("[") || name == "localhost" || name.hasPrefix("localhost:") else {
        fatalError("taken for this machine: \(candidate.debugDescription)")
      }
    }
    if let origin = HTTPOrigin(candidate), let host = HTTPAuthority("127.0.0.1:8600"), origin.isSameOrigin(as: host) {
      guard candidate.lowercased().hasPrefix("http://127.0.0.1:8600") else {
        fatalError("taken for this server's page: \(candidate.debugDescription)")
      }
    }
  }
  return 0
}

@_cdecl("FuzzUpload_main")
public func fuzzUploadMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
  shenbao_fuzz_run(argc, argv, fuzzUpload)
}
