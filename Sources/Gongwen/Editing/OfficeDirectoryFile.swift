import Foundation

/// The office's directory as a file, `.gongwen/directory.yaml`, and as the clerk pastes it into
/// the browser: a person a line (姓名, 职务, 单位, separated by tabs or spaces, as copied from a
/// spreadsheet), a unit a line.
///
/// ```yaml
/// people:
/// - name: 王建国
///   title: 党委书记、局长
///   unit: 区住房和城乡建设局
/// units:
/// - 城建科
/// ```
extension OfficeDirectory {
    /// The directory in `text`, the file `file`.
    public init(yaml text: String, file: String) throws(GongwenError) {
        let record = try MeetingRecord(yaml: text, file: file)
        var people: [Person] = []
        if case .list(let items)? = record["people"] {
            for item in items {
                switch item {
                case .text(let name): people.append(Person(name: name))
                case .map:
                    guard case .text(let name)? = item["name"] else { continue }
                    func text(_ key: String) -> String? { if case .text(let value)? = item[key] { value } else { nil } }
                    people.append(Person(name: name, title: text("title"), unit: text("unit")))
                case .list: continue
                }
            }
        }
        var units: [String] = []
        if case .list(let items)? = record["units"] {
            for case .text(let unit) in items { units.append(unit) }
        }
        self.init(people: people, units: units)
    }

    /// The directory of a served folder, nil when it has none.
    public static func read(in folder: URL) throws(GongwenError) -> OfficeDirectory? {
        let url = folder.appendingPathComponent(path)
        guard let data = try? Data(contentsOf: url) else { return nil }
        return try OfficeDirectory(yaml: String(decoding: data, as: UTF8.self), file: path)
    }

    /// The directory as the clerk typed or pasted it: `people` a person a line, `units` a unit a line.
    public init(peopleLines: String, unitLines: String) {
        // A spreadsheet's row is its cells between tabs, empty ones too; a typed line is its words
        // between spaces. A full-width space is part of a name (李　敏 lines up with 王建国).
        func lines(_ text: String) -> [[String]] {
            text.split(whereSeparator: \.isNewline).map { line in
                line.contains("\t")
                    ? line.split(separator: "\t", omittingEmptySubsequences: false).map {
                        $0.trimmingCharacters(in: .whitespaces)
                    }
                    : line.split(separator: " ").map(String.init)
            }.filter { $0.contains { !$0.isEmpty } }
        }
        // A post left out between a name and a unit is an empty cell, or written — (——).
        func given(_ text: String?) -> String? {
            guard let text, !text.isEmpty, !["—", "——", "-", "--"].contains(text) else { return nil }
            return text
        }
        let people = lines(peopleLines).map { columns in
            Person(
                name: columns[0], title: given(columns.count > 1 ? columns[1] : nil),
                unit: given(columns.count > 2 ? columns[2...].filter { !$0.isEmpty }.joined(separator: " ") : nil))
        }
        self.init(
            people: people.filter { !$0.name.isEmpty },
            units: lines(unitLines).map { $0.filter { !$0.isEmpty }.joined(separator: " ") })
    }

    /// The lines of `init(peopleLines:unitLines:)`, for the page that edits them.
    public var peopleLines: String {
        people.map { [$0.name, $0.title ?? "", $0.unit ?? ""].joined(separator: "\t") }.joined(separator: "\n")
    }

    /// The file's text.
    public var yaml: String {
        get throws {
            try MeetingRecord.map([
                .init("people", .list(people.map(MeetingRecord.person))),
                .init("units", .list(units.map(MeetingRecord.text))),
            ]).yaml
        }
    }
}
