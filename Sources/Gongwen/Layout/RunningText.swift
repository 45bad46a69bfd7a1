/// Where running text (a task's content, a note on progress) may break in a table cell: at any
/// character, but never before a closing punctuation mark or after an opening one, and never
/// inside a run of Latin letters or digits: the rules (禁则) Word, LibreOffice and Chromium all
/// keep. A line therefore often holds a character less than its width: 督查检 / 查， moves 查 down.
enum RunningText {
    /// The widths, in characters, of the pieces of `line` between which a renderer may break it.
    /// They add up to `TextWidth.guarded(line)`: the quarter character LibreOffice sets between
    /// Chinese and Latin text counts in the piece after it.
    static func pieceWidths(_ line: some StringProtocol) -> [Double] {
        var widths: [Double] = []
        var previous: Unicode.Scalar?
        for scalar in line.unicodeScalars {
            let latin = isLatin(scalar)
            var width = scalar.isASCII ? 0.5 : 1
            if let previous, previous.isASCII != scalar.isASCII, scalar != " " { width += 0.25 }
            let joins =
                previous.map { openings.contains($0) || (latin && isLatin($0)) } == true
                || closings.contains(scalar)
            if joins, !widths.isEmpty {
                widths[widths.count - 1] += width
            } else {
                widths.append(width)
            }
            previous = scalar
        }
        return widths
    }

    private static func isLatin(_ scalar: Unicode.Scalar) -> Bool { scalar.isASCII && scalar != " " }

    /// Marks no line may start with.
    static let closings: Set<Unicode.Scalar> = Set("，。、；：！？）)》】”’」』〕]…%,.;:!?".unicodeScalars)
    /// Marks no line may end with.
    static let openings: Set<Unicode.Scalar> = Set("（(《【“‘「『〔[".unicodeScalars)
}
