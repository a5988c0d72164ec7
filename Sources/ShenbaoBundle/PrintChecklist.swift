import FoundationEssentials
import ShenbaoCore
import ShenbaoSupport

/// 打印提交清单: how to print and bind the application (填报说明 5), where it must be signed
/// and sealed, the binding order of the attachments, and where to send it.
public struct PrintChecklist: Sendable {
  public let form: FormDefinition
  public let application: Application
  public let layout: BundleLayout
  /// Warnings the validation found, mentioned at the end.
  public let warnings: Int
  package var catalogue: MessageCatalogue = .shared
  package var language: Language = .zh

  public init(form: FormDefinition, application: Application, layout: BundleLayout, warnings: Int) {
    self.form = form
    self.application = application
    self.layout = layout
    self.warnings = warnings
  }

  /// The checklist as text, lines ending in line feeds.
  public func text() -> String {
    var lines = [line("title", ["title": form.title])]
    if let applicant = form.text(of: \.applicantName, in: application) {
      lines.append(line("applicant", ["value": applicant]))
    }
    if let project = form.text(of: \.projectName, in: application) {
      lines.append(line("project", ["value": project]))
    }
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

  /// Where the printed form is signed and sealed, as its layout shows: the cover's lines
  /// printed with their own words (申报单位（盖章）), the signature cells of person tables, and
  /// every opinion's seal.
  private func signingLines() -> [String] {
    func printed(_ path: FieldPath) -> String {
      form.field(at: path).map(\.shownLabel) ?? path.description
    }
    var lines = [line("signHeading")]
    for section in form.sections {
      for block in section.layout?.map(\.block) ?? DefaultLayout.blocks(for: section) {
        switch block {
        case .cover(_, let fields):
          let sealed = fields.map(\.path).filter { form.field(at: $0)?.printedLabel != nil }
          if !sealed.isEmpty {
            lines.append(line("coverSeal", ["section": section.title,
              "fields": sealed.map(printed).joined(separator: "、")]))
          }
        case .person(let group, let rows) where rows.joined().contains(where: { if case .signature = $0 { true } else { false } }):
          lines.append(line("leaderSignature", ["section": section.title,
            "leader": printed(group.path), "signature": form.wording.signature ?? ""]))
        case .opinion(let group):
          lines.append(line("opinionSeal", ["section": section.title,
            "opinion": form.field(at: group.path)?.heading ?? printed(group.path),
            "seal": form.wording.seal.trimming(["：", ":", " "])]))
        default:
          break
        }
      }
    }
    return lines
  }

  private func contactLines() -> [String] {
    guard let contacts = form.contacts else { return [] }
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
