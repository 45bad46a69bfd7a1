import ArgumentParser
import Foundation
import Gongwen

/// Parses `--format` values: repeated and comma-separated; all four when none is given.
enum OutputFormats {
    static func parse(_ values: [String], alsoAllowed: [String] = []) throws -> [OutputFormat] {
        let names = values.flatMap { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }
        if names.isEmpty { return OutputFormat.standard }
        var formats: [OutputFormat] = []
        for name in names where !name.isEmpty {
            guard let format = OutputFormat(name: name.lowercased()) else {
                let allowed = ["markdown (md)", "html", "xml", "docx", "pdf"] + alsoAllowed
                throw ValidationError(Message.unknownFormat(name, allowed: allowed).text(in: ErrorReport.language))
            }
            if !formats.contains(format) { formats.append(format) }
        }
        return formats
    }
}

extension Array where Element == String {
    /// The arguments in order, each given more than once kept at its first place.
    var withoutRepeats: [String] {
        var seen: Set<String> = []
        return filter { seen.insert($0).inserted }
    }
}
