import Foundation
import Gongwen

/// What 签发 keeps: the signed meeting file and the documents made from it, with their SHA-256, in
/// `.gongwen/issued/<file>/v<version>/`, so that what went out can be shown years later whatever
/// happened to the file since.
public struct IssuedCopies: Sendable {
    /// The served folder.
    let folder: URL

    public static let path = ".gongwen/issued"

    public init(folder: URL) { self.folder = folder }

    /// The folder of `path`'s version `version`.
    public func location(of path: String, version: Int) -> URL {
        folder.appendingPathComponent(Self.path).appendingPathComponent(path).appendingPathComponent("v\(version)")
    }

    /// Writes `files` (name and bytes) and a `manifest.json` with each one's SHA-256; the folder
    /// appears whole or not at all.
    public func keep(_ files: [(name: String, data: Data)], of state: DocumentState) throws {
        let target = location(of: state.path, version: state.version)
        let manager = FileManager.default
        let staging = target.deletingLastPathComponent().appendingPathComponent(
            ".v\(state.version)-\(Digest.randomHex(bytes: 4))")
        try manager.createDirectory(at: staging, withIntermediateDirectories: true)
        defer { try? manager.removeItem(at: staging) }
        var sums: [String: String] = [:]
        for file in files {
            try file.data.write(to: staging.appendingPathComponent(file.name))
            sums[file.name] = Digest.sha256(file.data)
        }
        let manifest: [String: Any] = [
            "file": state.path, "version": state.version, "signedBy": state.signedBy ?? "",
            "signedAt": state.signedAt ?? "", "sha256": sums,
        ]
        try JSONSerialization.data(withJSONObject: manifest, options: [.prettyPrinted, .sortedKeys])
            .write(to: staging.appendingPathComponent("manifest.json"))
        if manager.fileExists(atPath: target.path) { throw CocoaError(.fileWriteFileExists) }
        try manager.moveItem(at: staging, to: target)
    }

    /// The manifest of `path`'s version `version`: file names and their SHA-256.
    public func sums(of path: String, version: Int) -> [String: String] {
        let url = location(of: path, version: version).appendingPathComponent("manifest.json")
        guard let data = try? Data(contentsOf: url),
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        else { return [:] }
        return object["sha256"] as? [String: String] ?? [:]
    }
}
