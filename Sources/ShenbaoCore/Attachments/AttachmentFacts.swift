import FoundationEssentials

/// What a check needs of an attachment file, wherever it lies (a folder, a bundle read once):
/// its size, first bytes, SHA-256 and which entries of a DOCX or OFD it holds.
public struct AttachmentFacts: Sendable {
  public var size: Int
  /// The first bytes, for recognising the content.
  public var head: Data
  public var sha256: String
  /// Which of the entries a DOCX or OFD must hold this file (a ZIP) holds.
  public var archiveEntries: Set<String>

  public init(size: Int, head: Data, sha256: String, archiveEntries: Set<String>) {
    self.size = size
    self.head = head
    self.sha256 = sha256
    self.archiveEntries = archiveEntries
  }

  /// The entries that make a ZIP a DOCX or an OFD file.
  package static let packageMarkers = ["word/document.xml", "OFD.xml"]

  /// How many of a file's first bytes are kept to recognise its type.
  public static let headBytes = 64

  /// The facts of the file `declaredPath` leads to in `store`; `nil` when there is no such file.
  public init?(of declaredPath: String, in store: FolderAttachmentStore) {
    guard case (let key?, .present(let size)) = store.locate(declaredPath) else { return nil }
    self.init(size: size, head: store.head(of: key, count: Self.headBytes) ?? Data(),
      sha256: store.sha256(of: key) ?? "",
      archiveEntries: Set(Self.packageMarkers.filter { store.archive(key, contains: $0) }))
  }
}
