/// Page figures of GB/T 9704-2012 in twips (1/20 pt), as `shared/spec/gbt9704.md` gives them, and
/// the sizes of the faces set on it: what the layout decisions and the Word writer measure with.
enum PageGeometry {
    static let width = 11906
    static let height = 16838
    static let top = 2098
    static let bottom = 1984
    static let left = 1587
    static let right = 1474
    static let header = 851
    /// Puts the page number's line about 7 mm below the text area.
    static let footer = 1247
    /// 225 mm / 22 lines.
    static let linePitch = 579
    /// Lines of body text a page holds (22 × 28).
    static let linesPerPage = 22
    /// A line of table text: the TableText style's exact 20 pt, kept off the 28.95 pt document grid
    /// (`w:snapToGrid` off), where LibreOffice would otherwise set every table line.
    static let tableLinePitch = 400
    /// The text area's width: 156 mm.
    static var textWidth: Int { width - left - right }
    /// One 三号 character with the body's condensed spacing (16 pt − 0.25 pt).
    static let character = 315
    /// One character of table text: 四号, 14 pt.
    static let tableCharacter = 280
    /// Space between a table cell's border and its text, each side: 1 mm.
    static let cellMargin = 57
    /// One character of the title: 二号, 22 pt.
    static let titleCharacter = 440
    /// One character of the red mark: 36 pt.
    static let markCharacter = 720
}
