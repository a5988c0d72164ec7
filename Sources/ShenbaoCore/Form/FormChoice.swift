/// How the form of an input is chosen, the same for every reader and command: the form named on
/// the command line (`--form`); else the one the input names (a draft's `form` key, a Word
/// form's properties, a bundle's bag-info), found on the resolver's search path; else the
/// default form's id, found the same way.
public struct FormChoice: Sendable {
  /// The form `--form` named, overriding what inputs name.
  public var chosen: FormDefinition?
  public var resolver: FormResolver

  public init(chosen: FormDefinition? = nil, resolver: FormResolver = .standard()) {
    self.chosen = chosen
    self.resolver = resolver
  }

  /// The built-in forms only, nothing chosen: for tests and tools that must not see the
  /// working folder.
  public static let builtIn = FormChoice(resolver: .builtInOnly)

  /// The form for an input naming `id` (or none).
  public func form(named id: String?) throws(FormError) -> FormDefinition {
    if let chosen { return chosen }
    guard let id, !id.isEmpty else { return try resolver.required(id: FormLibrary.defaultFormID) }
    return try resolver.required(id: id)
  }
}
