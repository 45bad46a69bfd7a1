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
            ".v\(state.version)-\(OfficeDigest.randomHex(bytes: 4))")
        try manager.createDirectory(at: staging, withIntermediateDirectories: true)
        defer { try? manager.removeItem(at: staging) }
        var sums: [String: String] = [:]
        for file in files {
            try file.data.write(to: staging.appendingPathComponent(file.name))
            sums[file.name] = OfficeDigest.sha256(file.data)
        }
        let manifest: [String: Any] = [
            "file": state.path, "version": state.version, "signedBy": state.signedBy ?? "",
            "signedAt": state.signedAt ?? "", "sha256": sums,
        ]
        try JSONSerialization.data(withJSONObject: manifest, options: [.prettyPrinted, .sortedKeys])
            .write(to: staging.appendingPathComponent("manifest.json"))
        // What went out is not to be written again: read-only on disk as well.
        for name in try manager.contentsOfDirectory(atPath: staging.path) {
            try manager.setAttributes(
                [.posixPermissions: 0o444], ofItemAtPath: staging.appendingPathComponent(name).path)
        }
        // A version is kept only by a 签发 that went through: a folder of it already there is from
        // a 签发 whose state was never written (the database refused), and gives way.
        if manager.fileExists(atPath: target.path) { try manager.removeItem(at: target) }
        try manager.moveItem(at: staging, to: target)
    }

    /// Every kept version whose files are not what was signed: a file whose SHA-256 differs from
    /// its manifest, or a meeting file whose SHA-256 is no `issue` entry's of the trail (a manifest
    /// rewritten to match). Each is `<file>/v<N>`.
    public func changed(trail: [AuditEntry]) -> [String] {
        let root = folder.appendingPathComponent(Self.path)
        let signed = Set(trail.filter { $0.action == .issue }.map { "\($0.file)\u{1F}\($0.after)" })
        var result: [String] = []
        let enumerator = FileManager.default.enumerator(atPath: root.path)
        while let relative = enumerator?.nextObject() as? String {
            guard relative.hasSuffix("/manifest.json") else { continue }
            let version = (relative as NSString).deletingLastPathComponent
            let path = (version as NSString).deletingLastPathComponent
            guard let data = try? Data(contentsOf: root.appendingPathComponent(relative)),
                let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
                let sums = object["sha256"] as? [String: String]
            else {
                result.append(version)
                continue
            }
            let source = (path as NSString).lastPathComponent
            let intact = sums.allSatisfy { name, sum in
                (try? Data(contentsOf: root.appendingPathComponent(version).appendingPathComponent(name)))
                    .map(OfficeDigest.sha256) == sum
            }
            guard intact, let sourceSum = sums[source], signed.contains("\(path)\u{1F}\(sourceSum)") else {
                result.append(version)
                continue
            }
        }
        return result.sorted()
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
