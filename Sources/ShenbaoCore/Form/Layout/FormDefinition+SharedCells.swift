extension FormDefinition {
  /// The fields printed together in one cell with the field at `path` (通信地址 and 邮政编码 in
  /// 通信地址（邮政编码）), in printed order; `nil` when the field has a cell of its own.
  public func sharedCell(of path: FieldPath) -> [FieldPath]? {
    let target = path.definitionPath
    for section in sections {
      for block in section.layout?.map(\.block) ?? DefaultLayout.blocks(for: section) {
        guard case .grid(let rows) = block else { continue }
        for row in rows {
          if case .shared(let references, _) = row, references.contains(where: { $0.path == target }) {
            return references.map(\.path)
          }
        }
      }
    }
    return nil
  }
}
