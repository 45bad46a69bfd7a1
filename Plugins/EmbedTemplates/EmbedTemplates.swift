import Foundation
import PackagePlugin

/// Compiles the top-level `Templates/` folder into the library, so that a
/// `gongwen` binary copied anywhere still has its built-in templates.
@main
struct EmbedTemplates: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let folder = context.package.directoryURL.appending(path: "Templates")
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedTemplates.swift")
        var inputs: [URL] = []
        if let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) {
            for case let url as URL in walker {
                let values = try url.resourceValues(forKeys: [.isRegularFileKey])
                if values.isRegularFile == true { inputs.append(url) }
            }
        }
        return [
            .buildCommand(
                displayName: "Embedding built-in templates",
                executable: try context.tool(named: "TemplateEmbedder").url,
                arguments: [folder.path, output.path],
                inputFiles: inputs,
                outputFiles: [output]
            )
        ]
    }
}
