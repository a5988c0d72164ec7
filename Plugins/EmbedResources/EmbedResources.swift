import Foundation
import PackagePlugin

/// Embeds the data files a module reads into it, so that the built binaries work from any
/// folder: each module its own (``embeddedFiles(under:target:)``), as its `EmbeddedFiles`.
@main
struct EmbedResources: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
    let root = context.package.directoryURL
    let inputs = Self.embeddedFiles(under: root, target: target)
    let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedFiles.swift")
    return [
      .buildCommand(
        displayName: "Embedding \(inputs.count) data files into \(target.name)",
        executable: try context.tool(named: "shenbao-embed").url,
        arguments: [output.path, root.path] + inputs.map(\.path),
        inputFiles: inputs,
        outputFiles: [output]
      )
    ]
  }

  /// What `target` embeds. The core: every `forms/*/form.yaml`, every `schemas/*.json` and its
  /// `Catalogue/*.yaml`. The web: the pages' templates and assets (`web/templates/*.mustache`,
  /// `web/assets/*`). The desk: the summary page's style and script (`web/assets/summary.*`),
  /// which 汇总.html carries inside it.
  static func embeddedFiles(under root: URL, target: Target) -> [URL] {
    let manager = FileManager.default
    func children(_ folder: URL) -> [URL] {
      ((try? manager.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? [])
        .sorted { $0.path < $1.path }
    }
    let assets = children(root.appending(path: "web/assets")).filter { ["css", "js"].contains($0.pathExtension) }
    switch target.name {
    case "ShenbaoWeb":
      return children(root.appending(path: "web/templates")).filter { $0.pathExtension == "mustache" } + assets
    case "ShenbaoDesk":
      return assets.filter { $0.deletingPathExtension().lastPathComponent == "summary" }
    default:
      var files: [URL] = []
      for form in children(root.appending(path: "forms")) {
        let definition = form.appending(path: "form.yaml")
        if manager.fileExists(atPath: definition.path) { files.append(definition) }
      }
      files += children(root.appending(path: "schemas")).filter { $0.pathExtension == "json" }
      files += children(target.directoryURL.appending(path: "Catalogue")).filter { $0.pathExtension == "yaml" }
      return files
    }
  }
}
