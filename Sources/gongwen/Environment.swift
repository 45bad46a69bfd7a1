import Foundation

/// What the environment says: the templates folder and the reproducible-build timestamp.
enum Environment {
    static func templatesFolder(_ option: String?) -> URL? {
        let path = option ?? ProcessInfo.processInfo.environment["GONGWEN_TEMPLATES"]
        return path.map { URL(fileURLWithPath: $0, isDirectory: true) }
    }

    /// `SOURCE_DATE_EPOCH`, when set, is the only time written into outputs.
    static var sourceDateEpoch: Date? {
        guard let value = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], let seconds = Double(value) else {
            return nil
        }
        return Date(timeIntervalSince1970: seconds)
    }

    /// `GONGWEN_CHARTS=off` (or `0`, `no`, `false`) turns the summaries' charts off for the house.
    static var chartsWanted: Bool {
        let value = ProcessInfo.processInfo.environment["GONGWEN_CHARTS"]?.lowercased() ?? ""
        return !["off", "0", "no", "false"].contains(value)
    }
}
