import ShenbaoBundle
import ShenbaoCore
import ShenbaoDesk
import ShenbaoFixtures
import ShenbaoWord
import Testing

@Suite("The message catalogue")
struct MessageCatalogueTests {
  let catalogue = MessageCatalogue.shared

  @Test func everyRuleHasAUniqueCode() {
    let codes = AllRules.rules.map { type(of: $0).code }
    #expect(Set(codes).count == codes.count)
    for code in codes {
      #expect(code.allSatisfy { $0.isLowercase || $0 == "-" }, "\(code) is kebab-case")
    }
  }

  @Test func everyRuleSpeaksBothLanguages() {
    for rule in AllRules.rules {
      let type = type(of: rule)
      for key in [type.summaryKey] + type.messageKeys {
        for language in Language.allCases {
          #expect(catalogue.entries[key]?[language] != nil, "\(key) lacks \(language)")
        }
      }
    }
  }

  @Test(arguments: [
    BundleCheck.allCases.map { [$0.summaryKey] + $0.messageKeys },
    DocxCheck.allCases.map { [$0.summaryKey] + $0.messageKeys },
    CrossApplicationCheck.allCases.map { [$0.summaryKey] + $0.messageKeys },
  ])
  func everyCheckSpeaksBothLanguages(keys: [[String]]) {
    for key in keys.joined() {
      for language in Language.allCases {
        #expect(catalogue.entries[key]?[language] != nil, "\(key) lacks \(language)")
      }
    }
  }

  @Test func catalogueHoldsNoMessageOfAVanishedRule() {
    let used = Set(AllRules.rules.flatMap { [type(of: $0).summaryKey] + type(of: $0).messageKeys })
    let ruleKeys = catalogue.entries.keys.filter { $0.hasPrefix("rules.") }
    #expect(Set(ruleKeys).subtracting(used).isEmpty)
  }

  @Test func englishUsesNoPlaceholderChineseLacks() {
    for (key, texts) in catalogue.entries {
      guard let zh = texts[.zh], let en = texts[.en] else {
        Issue.record("\(key) lacks a language")
        continue
      }
      #expect(MessageCatalogue.placeholders(in: en).isSubset(of: MessageCatalogue.placeholders(in: zh)),
        "\(key)")
    }
  }

  @Test func fillsPlaceholders() {
    #expect(catalogue.text("report.completeness", .zh, ["filled": "52", "total": "60"]) == "已填 52/60 项")
    #expect(catalogue.text("no.such.key", .en) == "no.such.key")
  }
}
