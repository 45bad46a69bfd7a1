import Foundation

/// Makes PDFs from the Word files Gongwen wrote, with LibreOffice: one `soffice --headless` process
/// for all documents of a run (starting LibreOffice costs seconds; converting a page, milliseconds),
/// in a private profile folder so that a LibreOffice the clerk has open is neither used nor
/// disturbed, and with Gongwen's fontconfig mapping so that the Windows faces GB/T 9704 names come
/// out in the Noto CJK faces on Linux.
public enum PDFConversion {
    /// The PDF of each `.docx`, in order; `names` (the target files) are what errors name.
    ///
    /// `program` stands in for LibreOffice and `seconds` for its time limit (60 s and 10 s a
    /// document), so that tests can drive a stuck conversion without a process-wide variable.
    /// The caller waits without holding a thread: LibreOffice's end resumes it. A server sends its
    /// conversions through a `PDFQueue`.
    /// Named outputs with each `.pdf` entry's Word bytes converted in its place, all in one LibreOffice run.
    public static func convertingPDFs(_ outputs: [(name: String, data: Data)]) async throws(GongwenError)
        -> [(name: String, data: Data)]
    {
        var outputs = outputs
        let pdf = outputs.indices.filter { outputs[$0].name.hasSuffix(".pdf") }
        let converted = try await convert(pdf.map { outputs[$0].data }, names: pdf.map { outputs[$0].name })
        for (index, data) in zip(pdf, converted) { outputs[index].data = data }
        return outputs
    }

    public static func convert(_ documents: [Data], names: [String], program: URL? = nil, seconds: Int? = nil)
        async throws(GongwenError) -> [Data]
    {
        guard !documents.isEmpty else { return [] }
        guard let soffice = program ?? officeProgram() else {
            throw .io(path: names[0], reason: .pdfNeedsLibreOffice)
        }
        let work = FileManager.default.temporaryDirectory.appendingPathComponent(
            "gongwen-pdf-\(getpid())-\(UUID().uuidString)", isDirectory: true)
        defer { try? FileManager.default.removeItem(at: work) }
        let input = work.appendingPathComponent("in", isDirectory: true)
        let output = work.appendingPathComponent("out", isDirectory: true)
        var inputs: [String] = []
        do {
            try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
            try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
            for (index, document) in documents.enumerated() {
                let file = input.appendingPathComponent("\(index).docx", isDirectory: false)
                try document.write(to: file)
                inputs.append(file.path)
            }
            try fontConfiguration.write(
                to: work.appendingPathComponent("fonts.conf"), atomically: false, encoding: .utf8)
        } catch {
            throw .io(path: work.path, reason: .cannotWriteFile(reason: SystemErrorWords.of(error)))
        }
        let log = work.appendingPathComponent("soffice.log", isDirectory: false)
        try await run(
            soffice,
            arguments: [
                "-env:UserInstallation=\(work.appendingPathComponent("profile", isDirectory: true).absoluteString)",
                "--headless", "--norestore", "--nolockcheck", "--convert-to", "pdf", "--outdir", output.path,
            ] + inputs,
            fontConfiguration: work.appendingPathComponent("fonts.conf").path, log: log,
            seconds: seconds ?? 60 + 10 * documents.count, name: names[0])
        var pdfs: [Data] = []
        for index in documents.indices {
            guard let pdf = try? Data(contentsOf: output.appendingPathComponent("\(index).pdf")),
                pdf.starts(with: Array("%PDF".utf8))
            else {
                throw .io(path: names[index], reason: .pdfConversionFailed(reason: lastLine(of: log)))
            }
            pdfs.append(pdf)
        }
        return pdfs
    }

    /// LibreOffice's program: `GONGWEN_SOFFICE`, else `soffice` or `libreoffice` on the `PATH`, else
    /// where the installers put it.
    static func officeProgram() -> URL? {
        let environment = ProcessInfo.processInfo.environment
        if let given = environment["GONGWEN_SOFFICE"], !given.isEmpty {
            return FileManager.default.isExecutableFile(atPath: given) ? URL(fileURLWithPath: given) : nil
        }
        let folders = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map(String.init)
        for name in ["soffice", "libreoffice"] {
            for folder in folders where FileManager.default.isExecutableFile(atPath: folder + "/" + name) {
                return URL(fileURLWithPath: folder + "/" + name)
            }
        }
        for path in [
            "/usr/lib/libreoffice/program/soffice", "/opt/libreoffice/program/soffice",
            "/Applications/LibreOffice.app/Contents/MacOS/soffice",
        ] where FileManager.default.isExecutableFile(atPath: path) {
            return URL(fileURLWithPath: path)
        }
        return nil
    }

    /// The system's fontconfig setup and Gongwen's mapping after it. A `FONTCONFIG_FILE` the user set is kept.
    static var fontConfiguration: String {
        let mapping = BuiltInFiles.text("fontconfig/64-gongwen-cjk.conf")
        let body =
            mapping.components(separatedBy: "<fontconfig>").last?.components(separatedBy: "</fontconfig>").first ?? ""
        return """
            <?xml version="1.0"?>
            <!DOCTYPE fontconfig SYSTEM "fonts.dtd">
            <fontconfig>
              <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
            \(body)
            </fontconfig>

            """
    }

    private static func run(
        _ program: URL, arguments: [String], fontConfiguration: String, log: URL, seconds: Int, name: String
    ) async throws(GongwenError) {
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        if environment["FONTCONFIG_FILE"] == nil { environment["FONTCONFIG_FILE"] = fontConfiguration }
        process.environment = environment
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        let logHandle = try? FileHandle(forWritingTo: log)
        defer { try? logHandle?.close() }
        process.standardOutput = logHandle ?? FileHandle.nullDevice
        process.standardError = logHandle ?? FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        let ending = ProcessEnding()
        process.terminationHandler = { _ in _ = ending.settle(inTime: true) }
        do {
            try process.run()
        } catch {
            throw .io(path: name, reason: .pdfConversionFailed(reason: SystemErrorWords.of(error)))
        }
        let first = process.processIdentifier
        let timer = Task {
            try? await Task.sleep(for: .seconds(seconds))
            // soffice hands over to oosplash and soffice.bin: every process of this conversion (they
            // name its private profile) is killed.
            if !Task.isCancelled, ending.settle(inTime: false) { stopProcesses(naming: arguments[0], first: first) }
        }
        let inTime = await ending.wait()
        timer.cancel()
        if !inTime { throw .io(path: name, reason: .pdfConversionTimedOut(seconds: seconds)) }
    }

    /// SIGKILL to `first` and to every process whose command line holds `marker`.
    private static func stopProcesses(naming marker: String, first: Int32) {
        kill(first, SIGKILL)
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        for entry in entries {
            guard let pid = Int32(entry), pid != getpid(),
                let line = try? Data(contentsOf: URL(fileURLWithPath: "/proc/\(entry)/cmdline")),
                String(decoding: line, as: UTF8.self).contains(marker)
            else { continue }
            kill(pid, SIGKILL)
        }
    }

    private static func lastLine(of log: URL) -> String {
        let text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        return text.split(whereSeparator: \.isNewline).last.map(String.init) ?? "LibreOffice wrote no PDF"
    }
}

/// The end of one LibreOffice process, or of its time: whichever comes first settles it, and the
/// task waiting for it resumes then, without a thread held meanwhile.
private final class ProcessEnding: @unchecked Sendable {
    private let lock = NSLock()
    private var outcome: Bool?
    private var waiter: CheckedContinuation<Bool, Never>?

    /// Settles the ending once; whether this call was the one that did.
    func settle(inTime: Bool) -> Bool {
        lock.lock()
        guard outcome == nil else {
            lock.unlock()
            return false
        }
        outcome = inTime
        let waiter = self.waiter
        self.waiter = nil
        lock.unlock()
        waiter?.resume(returning: inTime)
        return true
    }

    /// Whether the process ended in time, once it is settled.
    func wait() async -> Bool {
        await withCheckedContinuation { continuation in
            lock.lock()
            if let outcome {
                lock.unlock()
                continuation.resume(returning: outcome)
            } else {
                waiter = continuation
                lock.unlock()
            }
        }
    }
}
