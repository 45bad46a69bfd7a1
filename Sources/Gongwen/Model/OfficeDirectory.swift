/// An office's directory (人员与单位): its people with their posts and units, and its units, as
/// the office spells them. The form's picker offers them first; the proofreader warns of a name or
/// unit in a meeting that is one character off one of them (王建围 for 王建国).
public struct OfficeDirectory: Sendable, Equatable {
    /// Where a served folder keeps it.
    public static let path = ".gongwen/directory.yaml"

    /// People, each with a post and unit when known.
    public var people: [Person]
    /// Units (城建科, 住房保障科).
    public var units: [String]

    public init(people: [Person] = [], units: [String] = []) {
        self.people = people
        self.units = units
    }

    /// The directory's entry that `written` is a slip of: at least three characters, the same
    /// length, one character different, and that character not a number (城建一科 and 城建二科
    /// are two units). Nil when `written` is an entry itself or near none. Two-character names are
    /// left alone: 李明 and 李敏 are two people.
    func entry(near written: String, among entries: [String]) -> String? {
        let typed = Array(written)
        guard typed.count >= 3, !entries.contains(written) else { return nil }
        let numerals = Set("0123456789０１２３４５６７８９一二三四五六七八九十")
        return entries.first { entry in
            let known = Array(entry)
            guard known.count == typed.count else { return false }
            let differ = zip(known, typed).filter { $0 != $1 }
            return differ.count == 1 && !numerals.contains(differ[0].0) && !numerals.contains(differ[0].1)
        }
    }

    /// The known name `name` is a slip of, if any.
    public func name(near name: String) -> String? { entry(near: name, among: people.map(\.name)) }

    /// The known unit `unit` is a slip of, if any.
    public func unit(near unit: String) -> String? {
        entry(near: unit, among: units + people.compactMap(\.unit))
    }
}
