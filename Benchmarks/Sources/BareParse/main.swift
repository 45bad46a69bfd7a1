import Foundation
import Yams

// Yams' bare parse of every file in a folder, on one core and with the resolver gongwen uses
// (every value plain text): the floor for a cold `gongwen summary` per core.
// Prints the seconds it took, reading included.
let folder = CommandLine.arguments[1]
let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".yaml") }.sorted()
let start = ContinuousClock.now
var nodes = 0
for file in files {
    let text = try String(contentsOfFile: folder + "/" + file, encoding: .utf8)
    if case .mapping(let mapping)? = try Yams.compose(yaml: text, .basic) { nodes += mapping.count }
}
let elapsed = ContinuousClock.now - start
let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
print(String(format: "%.4f", seconds), files.count, nodes)
