import CLibZip
import FoundationEssentials

/// What libzip reported when an archive could not be read or written: its error code and, where
/// the system failed (a read, a write, a rename), the system's `errno`. Reports name it in words
/// from the message catalogue, never in libzip's English.
public struct ZipProblem: Sendable, Hashable {
  /// libzip's `ZIP_ER_*` code.
  public var code: Int32
  /// The system's `errno`, or 0 where the system did not fail.
  public var systemError: Int32

  public init(code: Int32, systemError: Int32 = 0) {
    self.code = code
    self.systemError = systemError
  }

  /// The problem recorded in a libzip error structure.
  package init(_ error: UnsafeMutablePointer<zip_error_t>) {
    code = zip_error_code_zip(error)
    systemError = zip_error_system_type(error) == ZIP_ET_SYS ? zip_error_code_system(error) : 0
  }

  /// The last problem of an open archive.
  package static func last(of archive: OpaquePointer) -> ZipProblem {
    guard let error = zip_get_error(archive) else { return ZipProblem(code: ZIP_ER_INTERNAL) }
    return ZipProblem(error)
  }

  /// The last problem of an open entry.
  package static func last(ofEntry file: OpaquePointer) -> ZipProblem {
    guard let error = zip_file_get_error(file) else { return ZipProblem(code: ZIP_ER_INTERNAL) }
    return ZipProblem(error)
  }

  /// What libzip reported for `error`, an error met reading or writing an archive.
  package static func of(_ error: any Error) -> ZipProblem {
    (error as? ZipError)?.problem ?? .internalError
  }

  /// A failure of shenbao's own, while writing an archive.
  package static let internalError = ZipProblem(code: ZIP_ER_INTERNAL)

  /// libzip's code for a file that changed while it was being read into an archive.
  package static let changedCode = ZIP_ER_CHANGED

  /// An archive that names one entry twice.
  public var isDuplicateName: Bool { code == ZIP_ER_EXISTS }

  /// An entry compressed by a method that cannot be read here.
  public var isUnsupportedCompression: Bool { code == ZIP_ER_COMPNOTSUPP }

  /// The catalogue key of the problem's description (`zip.crc`).
  package var messageKey: String {
    let name: String
    switch code {
    case ZIP_ER_NOZIP: name = "notAZip"
    case ZIP_ER_EOF: name = "truncated"
    case ZIP_ER_INCONS: name = "inconsistent"
    case ZIP_ER_CRC: name = "crc"
    case ZIP_ER_ZLIB, ZIP_ER_COMPRESSED_DATA: name = "compressedData"
    case ZIP_ER_COMPNOTSUPP: name = "compression"
    case ZIP_ER_ENCRNOTSUPP, ZIP_ER_NOPASSWD, ZIP_ER_WRONGPASSWD: name = "encrypted"
    case ZIP_ER_MULTIDISK: name = "multiDisk"
    case ZIP_ER_EXISTS: name = "duplicate"
    case ZIP_ER_NOENT: name = "noEntry"
    case ZIP_ER_MEMORY: name = "memory"
    case ZIP_ER_CHANGED: name = "changed"
    case ZIP_ER_OPEN, ZIP_ER_READ, ZIP_ER_SEEK, ZIP_ER_TELL: name = "read"
    case ZIP_ER_WRITE, ZIP_ER_TMPOPEN, ZIP_ER_RENAME, ZIP_ER_CLOSE, ZIP_ER_REMOVE: name = "write"
    default: name = "other"
    }
    return "zip.\(name)"
  }
}
