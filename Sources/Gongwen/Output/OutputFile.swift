import Foundation
import Synchronization

/// Writes files whole or not at all: a temporary file beside the target, then an atomic rename.
public enum OutputFile {
    /// Writes `data` to `url`; on any failure the old file (if any) is left as it was and no temporary file stays.
    public static func write(_ data: Data, to url: URL) throws(GongwenError) {
        let folder = url.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(
            ".\(url.lastPathComponent).\(processID).\(nextNumber()).tmp", isDirectory: false
        ).path
        // Plain write, no fsync: the rename covers a killed run, and an fsync per file cost a
        // third of a render. (A power cut may still lose the newest reports.)
        var written = writeWhole(data, to: temporary)
        if !written, errno == ENOENT {
            // The folder is made only when missing: a stat per file showed in the profile.
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            } catch {
                throw .io(path: folder.path, reason: .cannotCreateFolder(reason: SystemErrorWords.of(error)))
            }
            written = writeWhole(data, to: temporary)
        }
        guard written, rename(temporary, url.path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw .io(path: url.path, reason: .cannotWriteFile(reason: reason))
        }
    }

    /// Writes `data` to a new file at `url`, whole or not at all, and never over an existing file:
    /// the temporary file is linked to its name, which fails when the name is taken.
    public static func writeNew(_ data: Data, to url: URL, displayName: String? = nil) throws(GongwenError) {
        let name = displayName ?? url.path
        let temporary = url.deletingLastPathComponent().appendingPathComponent(
            ".\(url.lastPathComponent).\(processID).\(nextNumber()).tmp", isDirectory: false
        ).path
        guard writeWhole(data, to: temporary) else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw .io(path: name, reason: .cannotWriteFile(reason: reason))
        }
        defer { unlink(temporary) }
        guard link(temporary, url.path) == 0 else {
            if errno == EEXIST { throw .io(path: name, reason: .fileExists) }
            throw .io(path: name, reason: .cannotWriteFile(reason: String(cString: strerror(errno))))
        }
    }

    private static let processID = getpid()
    private static let counter = Mutex(0)

    /// A number unique in this process, for temporary names.
    private static func nextNumber() -> Int {
        counter.withLock { value in
            value += 1
            return value
        }
    }

    /// Writes all of `data` to a new file; false (with `errno` set) on any failure.
    private static func writeWhole(_ data: Data, to path: String) -> Bool {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return false }
        let written = data.withUnsafeBytes { buffer -> Bool in
            var offset = 0
            while offset < buffer.count {
                let count = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if count < 0, errno == EINTR { continue }
                guard count > 0 else { return false }
                offset += count
            }
            return true
        }
        let saved = errno
        let closed = close(descriptor) == 0
        if !written { errno = saved }
        return written && closed
    }
}
