import Foundation

/// Writes files whole or not at all: a temporary file beside the target, then an atomic rename.
public enum OutputFile {
    /// Writes `data` to `url`; on any failure the old file (if any) is left as it was.
    public static func write(_ data: Data, to url: URL) throws(GongwenError) {
        let folder = url.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try data.write(to: temporary)
            if rename(temporary.path, url.path) != 0 {
                let reason = String(cString: strerror(errno))
                try? FileManager.default.removeItem(at: temporary)
                throw GongwenError.io(path: url.path, reason: "cannot write the file (\(reason))")
            }
        } catch let error as GongwenError {
            throw error
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw .io(path: url.path, reason: "cannot write the file (\(MeetingLoader.reason(error)))")
        }
    }
}
