import Foundation
import Gongwen

/// `gongwen backup` and `gongwen restore`: one `.tar.gz` of the served folder (meeting files,
/// history, drafts, issued documents) with a consistent copy of the database, made by SQLite's
/// online backup while the server runs, never by copying the file in use.
public enum OfficeBackup {
    /// Writes the archive of `folder` to `archive`; the file appears whole or not at all.
    /// Returns the number of files it holds.
    @discardableResult
    public static func write(folder: URL, to archive: URL, actor: String = "gongwen") throws(OfficeError) -> Int {
        let manager = FileManager.default
        let staging = manager.temporaryDirectory.appendingPathComponent(
            "gongwen-backup-\(OfficeDigest.randomHex(bytes: 6))")
        defer { try? manager.removeItem(at: staging) }
        do {
            // The copy holds every meeting and the password hashes: for the one who makes it only.
            try manager.createDirectory(
                at: staging, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            // The entry first, so that the archive holds it.
            let databaseFile = folder.appendingPathComponent(OfficeDatabase.path)
            let database = manager.fileExists(atPath: databaseFile.path) ? try OfficeDatabase(folder: folder) : nil
            if let database {
                try AuditTrail(database).append(
                    .backup, actor: actor, address: "local", detail: archive.lastPathComponent)
            }
            // Each file is read whole: the form writes a file beside and renames it, so a copy holds
            // the old text or the new, never half of each.
            var count = 0
            let root = folder.standardizedFileURL.path
            let enumerator = manager.enumerator(atPath: root)
            while let relative = enumerator?.nextObject() as? String {
                if relative.hasPrefix(OfficeDatabase.path) { continue }
                let source = URL(fileURLWithPath: root).appendingPathComponent(relative)
                let target = staging.appendingPathComponent(relative)
                // A file removed since the folder was listed (a draft saved as a file) is left out.
                guard let values = try? source.resourceValues(forKeys: [.isDirectoryKey, .isSymbolicLinkKey]) else {
                    continue
                }
                if values.isSymbolicLink == true { continue }
                if values.isDirectory == true {
                    try manager.createDirectory(at: target, withIntermediateDirectories: true)
                } else {
                    try manager.createDirectory(
                        at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                    guard let data = try? Data(contentsOf: source) else { continue }
                    try data.write(to: target)
                    count += 1
                }
            }
            if let database {
                try manager.createDirectory(
                    at: staging.appendingPathComponent(".gongwen"), withIntermediateDirectories: true)
                try database.backup(to: staging.appendingPathComponent(OfficeDatabase.path).path)
                count += 1
            }
            let partial = archive.deletingLastPathComponent().appendingPathComponent(
                ".\(archive.lastPathComponent).\(OfficeDigest.randomHex(bytes: 4)).part")
            defer { try? manager.removeItem(at: partial) }
            try run(["-czf", partial.path, "-C", staging.path, "."])
            chmod(partial.path, 0o600)
            // rename(2) puts the whole archive in place, over an older one of the same name.
            guard rename(partial.path, archive.path) == 0 else {
                throw OfficeError(.backupFailed(reason: String(cString: strerror(errno)) + ": " + archive.path))
            }
            return count
        } catch let error as OfficeError {
            throw error
        } catch {
            throw OfficeError(.backupFailed(reason: "\(error.localizedDescription)"))
        }
    }

    /// Unpacks `archive` into `folder`, which must be missing or empty, and checks the database's
    /// audit chain.
    public static func restore(_ archive: URL, into folder: URL, actor: String = "gongwen") throws(OfficeError)
        -> [AuditTrail.Break]
    {
        let manager = FileManager.default
        if let contents = try? manager.contentsOfDirectory(atPath: folder.path), !contents.isEmpty {
            throw OfficeError(.restoreIntoNonEmpty(folder.path))
        }
        guard manager.fileExists(atPath: archive.path) else {
            throw OfficeError(.noBackupAt(archive.path))
        }
        do {
            try manager.createDirectory(at: folder, withIntermediateDirectories: true)
            try run(["-xzf", archive.path, "-C", folder.path, "--no-same-owner", "--no-same-permissions"])
        } catch let error as OfficeError {
            throw error
        } catch {
            throw OfficeError(.backupFailed(reason: "\(error.localizedDescription)"))
        }
        guard manager.fileExists(atPath: folder.appendingPathComponent(OfficeDatabase.path).path) else { return [] }
        let trail = AuditTrail(try OfficeDatabase(folder: folder))
        let breaks = try trail.verify()
        try trail.append(.restore, actor: actor, address: "local", detail: archive.lastPathComponent)
        return breaks
    }

    /// Runs GNU tar (Debian's `tar`, always installed) with `arguments`.
    private static func run(_ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/tar")
        process.arguments = arguments
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let said = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw OfficeError(.backupFailed(reason: String(decoding: said, as: UTF8.self)))
        }
    }
}
