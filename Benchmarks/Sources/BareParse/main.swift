import Dispatch
import Foundation
import Yams

// Yams' bare parse of every file in a folder, with the resolver and encoding gongwen uses
// (every value plain text): the floor for a cold `gongwen summary`. Parses once on one core,
// then once split over every core. Prints both times in seconds, reading included.
let folder = CommandLine.arguments[1]
let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".yaml") }.sorted()

func parse(_ file: String) -> Int {
    guard let text = try? String(contentsOfFile: folder + "/" + file, encoding: .utf8),
        let parser = try? Parser(yaml: text, resolver: .basic, encoding: .utf8),
        case .mapping(let mapping)? = try? parser.singleRoot()
    else { return 0 }
    return mapping.count
}

func seconds(_ work: () -> Void) -> Double {
    let start = ContinuousClock.now
    work()
    let elapsed = ContinuousClock.now - start
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
}

let cores = ProcessInfo.processInfo.activeProcessorCount
let oneCore = seconds { _ = files.reduce(0) { $0 + parse($1) } }
let allCores = seconds {
    DispatchQueue.concurrentPerform(iterations: cores) { part in
        for index in stride(from: part, to: files.count, by: cores) { _ = parse(files[index]) }
    }
}
print(String(format: "%.4f %.4f", oneCore, allCores), files.count, cores)
