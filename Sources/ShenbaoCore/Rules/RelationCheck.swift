/// Checks the relations a form declares: each kind is code here, each relation — its fields,
/// code, severity, message and condition — is data in the form.
public enum RelationCheck {
  /// Adds a finding for every relation of the form that `context` breaks.
  public static func check(_ context: ValidationContext, into findings: inout FindingCollector) {
    for relation in context.form.relations {
      if let condition = relation.when, !condition.holds(in: context.application, form: context.form) { continue }
      switch relation.kind {
      case .equal(let left, let right, let fields, let normalization):
        let pairs = fields.map { ids in ids.map { (left.path.appending($0), right.path.appending($0)) } }
          ?? [(left.path, right.path)]
        for (leftPath, rightPath) in pairs {
          checkEqual(relation, leftPath, rightPath, normalization, context, &findings)
        }
      case .memberOf(let record, let list, let keys):
        checkMember(relation, record.path, list.path, keys, context, &findings)
      case .unique(let list, let key):
        checkUnique(relation, list.path, key, context, &findings)
      case .compare(let left, let op, let right, let factor):
        checkComparison(relation, left.path, op, right.path, factor, context, &findings)
      case .sum(let items, let total):
        checkSum(relation, items, total.path, context, &findings)
      }
    }
  }

  /// The placeholders a relation's messages may use.
  public static func placeholders(of relation: Relation) -> Set<String> {
    let common: Set<String> = ["label", "path", "basis"]
    switch relation.kind {
    case .equal: return common.union(["value", "other", "otherLabel"])
    case .memberOf: return common.union(["record", "recordName", "value"])
    case .unique: return common.union(["first", "second", "value"])
    case .compare: return common.union(["value", "other", "otherLabel", "op", "factor", "limit", "unit"])
    case .sum: return common.union(["sum", "total", "items", "unit"])
    }
  }

  // MARK: Kinds

  private static func checkEqual(
    _ relation: Relation, _ leftPath: FieldPath, _ rightPath: FieldPath, _ normalization: Relation.Normalization?,
    _ context: ValidationContext, _ findings: inout FindingCollector
  ) {
    guard let value = context.substantiveText(at: leftPath), let other = context.substantiveText(at: rightPath)
    else { return }
    let field = context.form.field(at: leftPath)
    let way = normalization ?? defaultNormalization(field?.kind)
    guard normalized(value, way) != normalized(other, way) else { return }
    let widthOnly = way == .text && normalized(value, .name) == normalized(other, .name)
    let show = { (text: String) in field?.kind == .idNumber ? IDNumber.masked(text) : text }
    findings.add(relation, widthOnly ? "widthOnly" : "mismatch", at: leftPath,
      ["value": show(value), "other": show(other), "otherLabel": context.label(of: rightPath) ?? rightPath.description],
      expected: other, found: value)
  }

  private static func checkMember(
    _ relation: Relation, _ recordPath: FieldPath, _ listPath: FieldPath, _ keys: [String],
    _ context: ValidationContext, _ findings: inout FindingCollector
  ) {
    guard let items = context.application.value(at: listPath)?.items, !items.isEmpty else { return }
    guard let key = keys.first(where: { context.substantiveText(at: recordPath.appending($0)) != nil }),
      let wanted = context.substantiveText(at: recordPath.appending(key)).map({ normalized($0, .name) })
    else { return }
    let found = items.contains { item in
      item.record?[key]?.trimmedText.map { normalized($0, .name) } == wanted
    }
    guard !found else { return }
    let record = context.form.field(at: recordPath)
    let nameField = record?.fields?.first { $0.kind == .text }
    let keyValue = context.substantiveText(at: recordPath.appending(key)) ?? ""
    let isID = record?.field(key)?.kind == .idNumber
    findings.add(relation, "missing", at: listPath,
      ["record": context.label(of: recordPath) ?? recordPath.description,
       "recordName": nameField.flatMap { context.substantiveText(at: recordPath.appending($0.id)) } ?? "",
       "value": isID ? IDNumber.masked(keyValue) : keyValue])
  }

  private static func checkUnique(
    _ relation: Relation, _ listPath: FieldPath, _ key: String, _ context: ValidationContext,
    _ findings: inout FindingCollector
  ) {
    guard let items = context.application.value(at: listPath)?.items else { return }
    let isID = context.form.field(at: listPath)?.field(key)?.kind == .idNumber
    var firstIndex: [String: Int] = [:]
    for (index, item) in items.enumerated() {
      guard let value = item.record?[key]?.trimmedText, !value.isEmpty, !value.isNoneMarker else { continue }
      let comparable = normalized(value, .name)
      guard let first = firstIndex[comparable] else {
        firstIndex[comparable] = index
        continue
      }
      findings.add(relation, "duplicate", at: listPath.appending(index: index).appending(key),
        ["first": String(first + 1), "second": String(index + 1), "value": isID ? IDNumber.masked(value) : value])
    }
  }

  private static func checkComparison(
    _ relation: Relation, _ leftPath: FieldPath, _ op: Relation.ComparisonOperator, _ rightPath: FieldPath,
    _ factor: Double?, _ context: ValidationContext, _ findings: inout FindingCollector
  ) {
    guard let leftText = context.substantiveText(at: leftPath), let rightText = context.substantiveText(at: rightPath),
      let field = context.form.field(at: leftPath)
    else { return }
    let words = field.kind == .date ? "date" : "number"
    var arguments = ["op": findings.text("relations.compare.\(words).\(op.name)"),
      "otherLabel": context.label(of: rightPath) ?? rightPath.description, "unit": field.unit ?? ""]
    if field.kind == .date {
      guard let left = CalendarDate(parsing: leftText), let right = CalendarDate(parsing: rightText),
        !op.holds(left, right)
      else { return }
      arguments["value"] = left.description
      arguments["other"] = right.description
      findings.add(relation, "violated", at: leftPath, arguments.merging(["limit": right.description]) { $1 },
        expected: "\(op.symbol) \(right)", found: left.description)
      return
    }
    guard let left = DeclaredNumber.parse(leftText, unit: field.unit),
      let right = DeclaredNumber.parse(rightText, unit: context.form.field(at: rightPath)?.unit)
    else { return }
    let limit = right * (factor ?? 1)
    guard !op.holds(left, roundedToCents(limit)) else { return }
    arguments["value"] = DeclaredNumber.format(left)
    arguments["other"] = DeclaredNumber.format(right)
    arguments["factor"] = factor.map(DeclaredNumber.format) ?? "1"
    arguments["limit"] = DeclaredNumber.format(roundedToCents(limit))
    findings.add(relation, "violated", at: leftPath, arguments,
      expected: "\(op.symbol) \(DeclaredNumber.format(roundedToCents(limit)))", found: DeclaredNumber.format(left))
  }

  private static func checkSum(
    _ relation: Relation, _ items: Relation.SumItems, _ totalPath: FieldPath, _ context: ValidationContext,
    _ findings: inout FindingCollector
  ) {
    guard let totalText = context.substantiveText(at: totalPath),
      let total = DeclaredNumber.parse(totalText, unit: context.form.field(at: totalPath)?.unit)
    else { return }
    var sum = 0.0
    var labels: [String] = []
    switch items {
    case .fields(let references):
      for reference in references {
        labels.append(context.form.field(at: reference.path)?.label ?? reference.path.description)
        guard let text = context.substantiveText(at: reference.path) else { continue }
        // A part that is not a number has its own finding; the sum is not judged without it.
        guard let value = DeclaredNumber.parse(text, unit: context.form.field(at: reference.path)?.unit) else { return }
        sum += value
      }
    case .column(let list, let id):
      let column = context.form.field(at: list.path)?.field(id)
      labels.append(column?.label ?? id)
      for item in context.application.value(at: list.path)?.items ?? [] {
        guard let text = item.record?[id]?.trimmedText, !text.isEmpty, !text.isNoneMarker else { continue }
        guard let value = DeclaredNumber.parse(text, unit: column?.unit) else { return }
        sum += value
      }
    }
    guard roundedToCents(sum) != roundedToCents(total) else { return }
    findings.add(relation, "mismatch", at: totalPath,
      ["sum": DeclaredNumber.format(roundedToCents(sum)), "total": DeclaredNumber.format(total),
       "items": labels.joined(separator: "、"), "unit": context.form.field(at: totalPath)?.unit ?? ""],
      expected: DeclaredNumber.format(roundedToCents(sum)), found: DeclaredNumber.format(total))
  }

  // MARK: Comparing

  /// Money and counts are compared to the hundredth, so 0.1 + 0.2 equals 0.3.
  package static func roundedToCents(_ value: Double) -> Double {
    (value * 100).rounded() / 100
  }

  /// The normalisation a field's kind suggests: phones by their digits, codes and names
  /// without width or case, other text without white space.
  package static func defaultNormalization(_ kind: FieldKind?) -> Relation.Normalization {
    switch kind {
    case .mobile?, .landline?: .phone
    case .idNumber?, .creditCode?, .email?, .postcode?, .bankAccount?: .name
    default: .text
    }
  }

  package static func normalized(_ text: String, _ way: Relation.Normalization) -> String {
    switch way {
    case .text:
      return text.withoutWhiteSpace
    case .name:
      return text.halfWidth.withoutWhiteSpace.uppercased()
    case .phone:
      let digits = String(text.halfWidth.unicodeScalars.filter { (0x30...0x39).contains($0.value) }.map(Character.init))
      return digits.hasPrefix("86") && digits.count == 13 ? String(digits.dropFirst(2)) : digits
    }
  }
}

extension Relation.ComparisonOperator {
  /// The operator's name, which keys its words in the catalogue.
  package var name: String {
    switch self {
    case .lessThan: "lessThan"
    case .atMost: "atMost"
    case .greaterThan: "greaterThan"
    case .atLeast: "atLeast"
    }
  }

  /// The operator as a finding's `expected` prints it.
  public var symbol: String {
    switch self {
    case .lessThan: "<"
    case .atMost: "≤"
    case .greaterThan: ">"
    case .atLeast: "≥"
    }
  }
}
