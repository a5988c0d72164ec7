extension FormDefinition {
  /// The number of plain fields (not groups or lists), each list's row counted once.
  public var leafFieldCount: Int {
    func count(_ fields: [FieldDefinition]) -> Int {
      fields.reduce(0) { $0 + ($1.kind.isContainer ? count($1.fields ?? []) : 1) }
    }
    return count(topLevelFields)
  }
}
