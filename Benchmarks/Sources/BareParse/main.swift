import CYaml
import Dispatch
import Foundation
import Yams

// The floors for a cold `gongwen summary`, reading included: Yams' bare parse of every file in a
// folder into its node tree (with the resolver and encoding gongwen used to use: every value plain
// text), and libyaml's bare event parse of the same files, making a String of each scalar, which
// is what gongwen's loader now stands on. Each is timed once on one core, then once split over
// every core. Prints four times in seconds: Yams one core, Yams all cores, libyaml one core,
// libyaml all cores; then the file and core counts.
let folder = CommandLine.arguments[1]
let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".yaml") }.sorted()

func read(_ file: String) -> String? { try? String(contentsOfFile: folder + "/" + file, encoding: .utf8) }

func yamsParse(_ file: String) -> Int {
    guard let text = read(file), let parser = try? Parser(yaml: text, resolver: .basic, encoding: .utf8),
        case .mapping(let mapping)? = try? parser.singleRoot()
    else { return 0 }
    return mapping.count
}

func libyamlParse(_ file: String) -> Int {
    guard var text = read(file) else { return 0 }
    return text.withUTF8 { bytes in
        var parser = yaml_parser_t()
        guard let start = bytes.baseAddress, yaml_parser_initialize(&parser) == 1 else { return 0 }
        defer { yaml_parser_delete(&parser) }
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
        yaml_parser_set_input_string(&parser, start, bytes.count)
        var event = yaml_event_t()
        var scalars = 0
        while yaml_parser_parse(&parser, &event) == 1 {
            defer { yaml_event_delete(&event) }
            if event.type == YAML_SCALAR_EVENT {
                let scalar = event.data.scalar
                let value = String(
                    decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self)
                scalars += value.isEmpty ? 0 : 1
            }
            if event.type == YAML_STREAM_END_EVENT { break }
        }
        return scalars
    }
}

func seconds(_ work: () -> Void) -> Double {
    let start = ContinuousClock.now
    work()
    let elapsed = ContinuousClock.now - start
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
}

let cores = ProcessInfo.processInfo.activeProcessorCount
func oneCore(_ parse: (String) -> Int) -> Double { seconds { _ = files.reduce(0) { $0 + parse($1) } } }
func allCores(_ parse: @Sendable @escaping (String) -> Int) -> Double {
    seconds {
        DispatchQueue.concurrentPerform(iterations: cores) { part in
            for index in stride(from: part, to: files.count, by: cores) { _ = parse(files[index]) }
        }
    }
}
let figures = [oneCore(yamsParse), allCores(yamsParse), oneCore(libyamlParse), allCores(libyamlParse)]
print(figures.map { String(format: "%.4f", $0) }.joined(separator: " "), files.count, cores)
