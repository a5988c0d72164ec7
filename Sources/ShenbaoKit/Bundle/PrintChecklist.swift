import Foundation

/// 打印提交清单: how to print and bind the application (填报说明 5), where it must be signed
/// and sealed, the binding order of the attachments, and where to send it.
public struct PrintChecklist: Sendable {
  public let form: FormDefinition
  public let application: Application
  public let layout: BundleLayout
  /// Warnings the validation found, mentioned at the end.
  public let warnings: Int
  var catalogue: MessageCatalogue = .shared
  var language: Language = .zh

  public init(form: FormDefinition, application: Application, layout: BundleLayout, warnings: Int) {
    self.form = form
    self.application = application
    self.layout = layout
    self.warnings = warnings
  }

  /// The checklist as text, lines ending in line feeds.
  public func text() -> String {
    var lines = [line("title", ["title": form.title])]
    lines.append(line("applicant", ["value": application.text(at: DraftPaths.unitName) ?? ""]))
    lines.append(line("project", ["value": application.text(at: DraftPaths.coverProjectName) ?? ""]))
    lines.append("")
    let printing = form.printing
    lines.append(line("printingHeading", ["number": form.instruction(.printing).map { String($0.number) } ?? ""]))
    lines.append(line("paper", ["paper": printing.paper]))
    lines.append(line("sides", ["sides": printing.sides]))
    lines.append(line("binding", ["binding": printing.binding]))
    lines.append(line("copies", ["copies": String(printing.copies)]))
    lines.append(line("finishing", ["finishing": printing.finishing]))
    lines.append("")
    lines += signingLines()
    lines.append("")
    lines.append(line("orderHeading"))
    lines.append(line("orderDocument", ["document": layout.naming.document]))
    for attachment in layout.attachments {
      lines.append(line("orderAttachment", [
        "position": String(attachment.number + 1), "number": String(attachment.number),
        "title": attachment.title, "file": attachment.payloadPath,
      ]))
    }
    lines.append("")
    lines += contactLines()
    if warnings > 0 {
      lines.append("")
      lines.append(line("warnings", ["count": String(warnings)]))
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// The cover's two seals, the leader's signature, and the two opinions' seals.
  private func signingLines() -> [String] {
    func printed(_ path: FieldPath) -> String {
      form.field(at: path).map { $0.printedLabel ?? $0.label } ?? path.description
    }
    func section(_ key: String) -> String { form.section(holding: key)?.title ?? key }
    var lines = [line("signHeading")]
    lines.append(line("coverSeal", ["section": section("cover"),
      "applicant": printed(DraftPaths.coverApplicant), "recommender": printed(DraftPaths.coverRecommender)]))
    lines.append(line("leaderSignature", ["section": section("leader"),
      "leader": printed(DraftPaths.leader), "signature": form.wording.signature]))
    for opinion: FieldPath in ["opinions.applicant", "opinions.recommender"] {
      lines.append(line("opinionSeal", ["section": section("opinions"),
        "opinion": form.field(at: opinion)?.heading ?? printed(opinion),
        "seal": form.wording.seal.trimmingCharacters(in: .init(charactersIn: "：: "))]))
    }
    return lines
  }

  private func contactLines() -> [String] {
    let contacts = form.contacts
    var lines = [line("submitHeading")]
    lines.append(line("contact", ["department": contacts.department,
      "people": contacts.people.joined(separator: " ")]))
    lines.append(line("phone", ["phone": contacts.phone, "fax": contacts.fax ?? "—"]))
    if let email = contacts.email { lines.append(line("email", ["email": email])) }
    lines.append(line("address", ["address": contacts.address]))
    if !form.services.isEmpty {
      lines.append("")
      lines.append(line("servicesHeading"))
      for service in form.services {
        let details = [service.phone, service.address, service.website].compactMap { $0 }
          .joined(separator: "；")
        lines.append(line("service", ["topic": service.topic, "details": details]))
      }
    }
    return lines
  }

  private func line(_ key: String, _ arguments: [String: String] = [:]) -> String {
    catalogue.text("checklist.\(key)", language, arguments)
  }
}
