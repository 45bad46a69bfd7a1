import Foundation

/// cmark-gfm, the reference CommonMark reader with GitHub's tables, run on Gongwen's Markdown.
/// `.ci/run` installs it (Debian's `cmark-gfm`); a test that needs it is tagged `needsCmarkGFM`
/// and skipped, with the reason, where it is missing.
enum CommonMarkReader {
    struct Missing: Error, CustomStringConvertible {
        var description: String { "cmark-gfm is not installed (apt-get install cmark-gfm)" }
    }

    /// The program's path, when it is installed.
    static let program = ["/usr/bin/cmark-gfm", "/usr/local/bin/cmark-gfm"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    /// The HTML cmark-gfm makes of `markdown` (raw HTML such as a table cell's `<br>` kept).
    static func html(_ markdown: String) throws -> Data {
        guard let path = program else { throw Missing() }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = ["--unsafe", "-e", "table", "-e", "strikethrough"]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        // Write on another thread: a large document would fill both pipes and block each side.
        let writer = Thread {
            input.fileHandleForWriting.write(Data(markdown.utf8))
            try? input.fileHandleForWriting.close()
        }
        writer.start()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Data("<html><body>".utf8) + data + Data("</body></html>".utf8)
    }
}
