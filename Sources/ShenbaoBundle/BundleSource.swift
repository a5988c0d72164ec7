import FoundationEssentials
import ShenbaoNative

/// Where the bytes of a bundle being verified are: a file, or memory. Each thread that reads
/// entries opens a handle of its own, since a libzip handle must not be shared between threads.
package enum BundleSource: Sendable {
  case file(URL)
  case memory(Data)

  /// A new handle on the archive.
  package func open() throws(ZipError) -> ZipArchive {
    switch self {
    case .file(let url): try ZipArchive(readingFrom: url)
    case .memory(let data): try ZipArchive(readingFrom: data)
    }
  }

  /// How many handles may read it at once: a file any number, since each handle has a file
  /// descriptor of its own; memory one, since each handle would hold a copy of the bytes.
  package func readers(_ jobs: Int) -> Int {
    switch self {
    case .file: max(1, jobs)
    case .memory: 1
    }
  }
}
