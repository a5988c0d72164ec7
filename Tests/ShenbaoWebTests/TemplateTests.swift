import Foundation
@testable import ShenbaoWeb
import Testing

@Suite("Web templates")
struct TemplateTests {
  @Test func everyTemplateParsesAndTheFormPageHasEveryField() throws {
    let templates = WebTemplates.shared
    #expect(templates.broken.isEmpty, "\(templates.broken)")
    #expect(Set(templates.names).isSuperset(of: ["head", "foot", "home", "field", "form"]))
    #expect(WebTemplates.asset("form.js") != nil && WebTemplates.asset("app.css") != nil)
    #expect(WebTemplates.asset("../form.js") == nil)
  }
}
