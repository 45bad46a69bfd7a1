import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The `.gongwen/` folder beside a folder's meetings, where Gongwen keeps what it worked out from
/// them (the task index, the meeting cache) so that a later run need not work it out again.
enum WorkFolder {
    /// Each of `files` (found under `folder`) by its path under the folder: what the kept files
    /// are keyed by, so that they hold however the folder is named on the command line.
    static func keys(of files: [String], in folder: String) -> [String] {
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        return files.map { $0.hasPrefix(prefix) ? String($0.dropFirst(prefix.count)) : $0 }
    }

    /// The kept file `name` of `folder`.
    static func location(of name: String, in folder: String) -> URL {
        URL(fileURLWithPath: folder, isDirectory: true).appendingPathComponent(".gongwen/" + name)
    }

    /// Replaces the kept file `name` of `folder` with `data`, whole or not at all (`replace(_:in:writing:)`).
    static func replace(_ name: String, with data: Data, in folder: String) {
        replace(name, in: folder) { try $0.write(contentsOf: data) }
    }

    /// Replaces the kept file `name` of `folder` with what `write` writes to it, whole or not at
    /// all: written to a temporary file and renamed, so that a crash or a concurrent run leaves the
    /// old file or the new one, never half of one. A folder that cannot hold it (read-only,
    /// `.gongwen` a file or a link), or a write that fails, leaves it as it is: what is kept only
    /// saves time.
    static func replace(_ name: String, in folder: String, writing write: (FileHandle) throws -> Void) {
        let target = location(of: name, in: folder)
        let work = target.deletingLastPathComponent()
        if let type = (try? FileManager.default.attributesOfItem(atPath: work.path))?[.type] as? FileAttributeType {
            guard type == .typeDirectory else { return }
        } else if (try? FileManager.default.createDirectory(at: work, withIntermediateDirectories: false)) == nil {
            return
        }
        removeLeftovers(of: name, in: work)
        let temporary = work.appendingPathComponent(".\(name).\(getpid()).\(UUID().uuidString).tmp")
        guard FileManager.default.createFile(atPath: temporary.path, contents: nil) else { return }
        do {
            let handle = try FileHandle(forWritingTo: temporary)
            defer { try? handle.close() }
            try write(handle)
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            return
        }
        if rename(temporary.path, target.path) != 0 { try? FileManager.default.removeItem(at: temporary) }
    }

    /// The whole of the kept file at `location`, read by every core at once; nil when it cannot
    /// be read whole (missing, or cut short meanwhile). Read, not mapped: a file on a shared
    /// folder, or cut short by another program, would end a mapped read with SIGBUS. A meeting
    /// cache is a hundred megabytes and more, and one read faulted its buffer in page by page on
    /// one core: a tenth of a second before any meeting could be decoded.
    static func read(_ location: URL) -> Data? {
        let descriptor = open(location.path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_size > 0 else { return nil }
        let size = Int(status.st_size)
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 16)
        // The buffer travels as its address: each piece writes only its own range of it.
        let address = Int(bitPattern: buffer)
        let pieces = Swift.max(1, Swift.min(ProcessInfo.processInfo.activeProcessorCount, size >> 22))
        let pieceSize = (size + pieces - 1) / pieces
        let whole = Mutex(true)
        DispatchQueue.concurrentPerform(iterations: pieces) { piece in
            var offset = piece * pieceSize
            let end = Swift.min(offset + pieceSize, size)
            while offset < end {
                let read = pread(
                    descriptor, UnsafeMutableRawPointer(bitPattern: address)! + offset, end - offset, off_t(offset))
                if read > 0 {
                    offset += read
                } else if read < 0, errno == EINTR {
                    continue
                } else {
                    whole.withLock { $0 = false }
                    return
                }
            }
        }
        guard whole.withLock({ $0 }) else {
            buffer.deallocate()
            return nil
        }
        return Data(bytesNoCopy: buffer, count: size, deallocator: .custom { pointer, _ in pointer.deallocate() })
    }

    /// Removes the temporary files of `name` that a run stopped while writing left behind: those of
    /// a process no longer running (another run's file, still being written, stays).
    private static func removeLeftovers(of name: String, in work: URL) {
        let prefix = ".\(name)."
        for file in (try? FileManager.default.contentsOfDirectory(atPath: work.path)) ?? []
        where file.hasPrefix(prefix) && file.hasSuffix(".tmp") {
            guard let pid = Int32(file.dropFirst(prefix.count).prefix { $0 != "." }) else { continue }
            if kill(pid, 0) != 0 && errno == ESRCH {
                try? FileManager.default.removeItem(at: work.appendingPathComponent(file))
            }
        }
    }
}
