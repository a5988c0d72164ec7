import FoundationEssentials

extension BundleAttachmentStore.Facts {
  /// How many of a file's first bytes are kept to recognise its type.
  public static let headBytes = 64

  /// What a check needs of the file `declaredPath` leads to in `store`: its size, first bytes,
  /// SHA-256 and which entries of a DOCX or OFD it holds; `nil` when there is no such file.
  public init?(of declaredPath: String, in store: FolderAttachmentStore) {
    guard case (let key?, .present(let size)) = store.locate(declaredPath) else { return nil }
    self.init(size: size, head: store.head(of: key, count: Self.headBytes) ?? Data(),
      sha256: store.sha256(of: key) ?? "",
      archiveEntries: Set(BundleEntryReader.packageMarkers.filter { store.archive(key, contains: $0) }))
  }
}
