import Foundation

/// A server's one way to LibreOffice. Conversions wait their turn without holding a thread: at
/// most `limit` LibreOffice processes run at once and at most `capacity` conversions wait, and
/// requests for the same Word file, waiting or in progress, share one conversion (two clerks
/// downloading the month's summary start LibreOffice once).
public actor PDFQueue {
    private let limit: Int
    private let capacity: Int
    private let program: URL?
    private let seconds: Int?
    private var running = 0
    private var line: [CheckedContinuation<Void, Never>] = []
    private var shared: [Data: Task<Data, any Error>] = [:]

    /// `program` and `seconds` stand in for LibreOffice and its time limit, as in `PDFConversion`.
    public init(limit: Int = 1, capacity: Int = 32, program: URL? = nil, seconds: Int? = nil) {
        self.limit = max(1, limit)
        self.capacity = capacity
        self.program = program
        self.seconds = seconds
    }

    /// The PDF of one Word file; `name` is what an error names.
    public func pdf(of word: Data, name: String) async throws(GongwenError) -> Data {
        let task: Task<Data, any Error>
        if let existing = shared[word] {
            task = existing
        } else {
            guard shared.count < limit + capacity else { throw .io(path: name, reason: .pdfQueueFull) }
            task = Task { try await self.converted(word, name: name) }
            shared[word] = task
        }
        do {
            return try await task.value
        } catch let error as GongwenError {
            throw error
        } catch {
            throw .io(path: name, reason: .pdfConversionFailed(reason: SystemErrorWords.of(error)))
        }
    }

    private func converted(_ word: Data, name: String) async throws -> Data {
        await turn()
        defer {
            release()
            shared[word] = nil
        }
        return try await PDFConversion.convert([word], names: [name], program: program, seconds: seconds)[0]
    }

    /// Waits until fewer than `limit` conversions run; the place is then this caller's.
    private func turn() async {
        if running < limit {
            running += 1
            return
        }
        await withCheckedContinuation { line.append($0) }
    }

    /// Gives the place to the first in line, or frees it.
    private func release() {
        if line.isEmpty {
            running -= 1
        } else {
            line.removeFirst().resume()
        }
    }
}
