import Foundation
import FuzzDriver
import ShenbaoCore
import ShenbaoWord

/// Fuzzes the DOCX reader: bytes as a filled 申报书, read from memory (the package, the document
/// part, the form's fields).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDocx(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> Int32 {
  guard let bytes else { return 0 }
  guard let contents = try? DocxPackageReader().read(data: Data(bytes: bytes, count: count)) else { return 0 }
  var extractor = FormExtractor(form: FormLibrary.defaultForm, document: contents.document)
  _ = try? extractor.extract()
  return 0
}

@_cdecl("FuzzDocx_main")
public func fuzzDocxMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
  shenbao_fuzz_run(argc, argv, fuzzDocx)
}
