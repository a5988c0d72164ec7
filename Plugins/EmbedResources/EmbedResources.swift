import Foundation
import PackagePlugin

/// Embeds the form definitions, the JSON schemas and the message catalogue into the library, so
/// that the built binary works from any folder.
@main
struct EmbedResources: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
    let root = context.package.directoryURL
    let inputs = Self.embeddedFiles(under: root, target: target)
    let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedFiles.swift")
    return [
      .buildCommand(
        displayName: "Embedding \(inputs.count) data files",
        executable: try context.tool(named: "shenbao-embed").url,
        arguments: [output.path, root.path] + inputs.map(\.path),
        inputFiles: inputs,
        outputFiles: [output]
      )
    ]
  }

  /// Every `forms/*/form.yaml`, every `schemas/*.json`, the web pages' templates and assets
  /// (`web/templates/*.mustache`, `web/assets/*`) and the target's `Catalogue/*.yaml`.
  static func embeddedFiles(under root: URL, target: Target) -> [URL] {
    let manager = FileManager.default
    func children(_ folder: URL) -> [URL] {
      ((try? manager.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? [])
        .sorted { $0.path < $1.path }
    }
    var files: [URL] = []
    for form in children(root.appending(path: "forms")) {
      let definition = form.appending(path: "form.yaml")
      if manager.fileExists(atPath: definition.path) { files.append(definition) }
    }
    files += children(root.appending(path: "schemas")).filter { $0.pathExtension == "json" }
    files += children(root.appending(path: "web/templates")).filter { $0.pathExtension == "mustache" }
    files += children(root.appending(path: "web/assets")).filter { ["css", "js"].contains($0.pathExtension) }
    files += children(target.directoryURL.appending(path: "Catalogue")).filter {
      $0.pathExtension == "yaml"
    }
    return files
  }
}
