/// What a field holds, and so which checks apply to it.
///
/// The form definition names a kind for every field; the code holds one check per kind and
/// never a label of one year's form.
public enum FieldKind: String, Sendable, Codable, CaseIterable {
  /// Free text.
  case text
  /// A record of named fields.
  case group
  /// A list of records, one per row of a table.
  case list
  /// One of listed values; with `open`, others are allowed with a warning.
  case choice
  /// A recommending department named by the guide.
  case recommender
  /// A resident identity card number, GB 11643-1999.
  case idNumber
  /// A unified social credit code, GB 32100-2015.
  case creditCode
  /// A mobile phone number.
  case mobile
  /// A landline number with area code.
  case landline
  /// An e-mail address.
  case email
  /// A six-digit postcode.
  case postcode
  /// A bank account number.
  case bankAccount
  /// A calendar date, `YYYY-MM-DD` or `YYYY年M月D日`.
  case date
  /// A number, possibly with a minimum.
  case number
  /// A file path relative to the draft.
  case file
  /// An attachment category id.
  case attachmentCategory

  /// `true` for kinds that hold other fields rather than text.
  public var isContainer: Bool { self == .group || self == .list }
}

/// Whether a field must be filled.
public enum FieldPresence: String, Sendable, Codable, CaseIterable {
  /// Must be filled; "无" where there is nothing to say (填报说明 3).
  case required
  /// May stay blank.
  case optional
  /// Must stay blank, as the cover's 项目编号 (填报说明 2).
  case leaveBlank
}

/// Whether "无" is an acceptable value.
public enum NonePolicy: String, Sendable, Codable, CaseIterable {
  case allowed
  case forbidden
}
