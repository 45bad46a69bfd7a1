import Foundation

/// `3/120 name.yaml` on standard error, only when it is a terminal and there is more than one file.
struct Progress {
    let total: Int
    let enabled: Bool

    init(total: Int) {
        self.total = total
        enabled = total > 1 && isatty(STDERR_FILENO) == 1
    }

    func show(_ index: Int, _ file: String) {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K\(index + 1)/\(total) \(file)".utf8))
    }

    func finish() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
