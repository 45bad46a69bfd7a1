import Foundation

/// Writes files whole or not at all: a temporary file beside the target, then an atomic rename.
public enum OutputFile {
    /// Writes `data` to `url`; on any failure the old file (if any) is left as it was and no temporary file stays.
    public static func write(_ data: Data, to url: URL) throws(GongwenError) {
        let folder = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw .io(path: folder.path, reason: "cannot create the folder (\(MeetingLoader.reason(error)))")
        }
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp").path
        // Plain write, no fsync: the rename covers a killed run, and an fsync per file cost a
        // third of a render. (A power cut may still lose the newest reports.)
        guard writeWhole(data, to: temporary), rename(temporary, url.path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw .io(path: url.path, reason: "cannot write the file (\(reason))")
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
