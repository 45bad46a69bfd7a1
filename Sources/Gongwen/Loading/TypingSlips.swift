/// The slips a clerk typing YAML on a Chinese keyboard makes, found where she made them.
///
/// libyaml notices a full-width colon after a key, a tab in the indentation or a key without
/// its colon only lines later, and says so in its own terms (`mapping values are not allowed in
/// this context`). When it stops, these checks read the lines up to where it stopped and name
/// the first slip at its own line and column.
enum TypingSlips {
    /// Characters that look like a space or like nothing.
    static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        [0x09, 0x3000, 0xA0, 0x200B, 0xFEFF].contains(scalar.value)
    }

    /// The slip on line `line` of `text`, where libyaml stopped, or on the line before (where a
    /// full-width colon or a missing one usually is); nil when there is none (libyaml's message stands).
    /// Lines further up are not read: a block of text there may hold `KPI：` as content.
    static func explain(_ text: String, upTo line: Int, file: String) -> Diagnostic? {
        let lines = SourceExcerpt.lines(of: text)
        for number in [line - 1, line] where number >= 1 && number <= lines.count {
            if let slip = slip(in: Substring(lines[number - 1]), isErrorLine: true) {
                return Diagnostic(at: SourceLocation(file: file, line: number, column: slip.column), slip.message)
            }
        }
        return nil
    }

    /// A slip on one line: its column (in Unicode scalars) and message.
    static func slip(in line: Substring, isErrorLine: Bool) -> (column: Int, message: Message)? {
        let scalars = Array(line.unicodeScalars)
        var index = 0
        // The indentation: spaces, and the look-alikes that break it.
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == " " {
                index += 1
                continue
            }
            if scalar == "\t" || scalar == "\u{3000}" || scalar == "\u{A0}" || scalar == "\u{FEFF}" {
                return (index + 1, .invisibleInIndentation(scalar))
            }
            break
        }
        if index < scalars.count, scalars[index] == "#" { return nil }
        // A list item's dash, then a key or a value.
        if index + 1 < scalars.count, scalars[index] == "-", scalars[index + 1] == " " {
            index += 2
            while index < scalars.count, scalars[index] == " " { index += 1 }
            if let slip = valueSlip(scalars, from: index) { return slip }
        }
        let keyStart = index
        while index < scalars.count, scalars[index].isASCII,
            scalars[index].properties.isAlphabetic || scalars[index] == "_"
                || ("0"..."9").contains(scalars[index])
        {
            index += 1
        }
        guard index > keyStart, let first = scalars.first(where: { $0 != " " && $0 != "-" }),
            first.properties.isAlphabetic || first == "_"
        else { return nil }
        let key = String(String.UnicodeScalarView(scalars[keyStart..<index]))
        var after = index
        while after < scalars.count, scalars[after] == " " { after += 1 }
        guard after < scalars.count else { return nil }
        switch scalars[after] {
        case "：":
            return (after + 1, .fullWidthColon(key: key))
        case ":":
            if after + 1 < scalars.count, ["\u{A0}", "\u{3000}", "\u{200B}"].contains(scalars[after + 1]) {
                return (after + 2, .invisibleAfterColon(key: key, character: scalars[after + 1]))
            }
            if after + 1 < scalars.count, scalars[after + 1] != " " {
                return (after + 2, .noSpaceAfterColon(key: key))
            }
            var value = after + 1
            while value < scalars.count, scalars[value] == " " { value += 1 }
            return valueSlip(scalars, from: value)
        default:
            // `recorder 司马静怡`: a key, a space, a value, no colon anywhere on the line.
            if isErrorLine, after > index, !scalars[after...].contains(":"), !scalars[after...].contains("：") {
                return (after, .keyWithoutColon(key: key))
            }
            return nil
        }
    }

    /// A value that starts like a quoted text, a list or a mapping and goes on after its end:
    /// `"三会一课"制度要落实`, `[2026]12号`.
    static func valueSlip(_ scalars: [Unicode.Scalar], from start: Int) -> (column: Int, message: Message)? {
        guard start < scalars.count else { return nil }
        let opener = scalars[start]
        let closer: Unicode.Scalar
        switch opener {
        case "\"", "'": closer = opener
        case "[": closer = "]"
        case "{": closer = "}"
        default: return nil
        }
        // The matching closer on this line (brackets may nest; quotes end at their twin).
        var depth = 0
        var end: Int?
        for index in start..<scalars.count {
            if opener == "\"" || opener == "'" {
                if index > start, scalars[index] == closer, scalars[index - 1] != "\\" {
                    end = index
                    break
                }
            } else if scalars[index] == opener {
                depth += 1
            } else if scalars[index] == closer {
                depth -= 1
                if depth == 0 {
                    end = index
                    break
                }
            }
        }
        guard let end else { return nil }
        let rest = scalars[(end + 1)...].drop { $0 == " " }
        guard let next = rest.first, next != "#", next != ",", next != "]", next != "}" else { return nil }
        let message: Message =
            opener == "\"" || opener == "'" ? .textAfterQuote : .textAfterBracket(String(Character(opener)))
        return (start + 1, message)
    }

    /// The first invisible or look-alike character in a key, with its offset: a key that reads as a
    /// known one once it is removed was typed right, with something the clerk cannot see.
    static func invisible(in key: String) -> (offset: Int, scalar: Unicode.Scalar)? {
        for (offset, scalar) in key.unicodeScalars.enumerated() where isInvisible(scalar) {
            return (offset, scalar)
        }
        return nil
    }

    /// The key without invisible characters and spaces.
    static func visible(_ key: String) -> String {
        String(String.UnicodeScalarView(key.unicodeScalars.filter { !isInvisible($0) && $0 != " " }))
    }

    /// `2026-11-5`, `2026年11月5日`, `2026/11/5`, `2026.11.05`: a real day written in another shape,
    /// as the contract writes it (`2026-11-05`); nil when the text is no such day.
    static func dateWrittenOtherwise(_ text: String) -> String? {
        var numbers: [Int] = []
        var current = ""
        var separators: [Character] = []
        for character in text.trimmingCharacters(in: [" ", "\t", "\u{3000}"]) {
            if character.isASCII, character.isNumber {
                current.append(character)
            } else if let digit = character.wholeNumberValue, !character.isASCII, (0...9).contains(digit) {
                current += String(digit)
            } else {
                guard !current.isEmpty, "-/.年月日".contains(character) else { return nil }
                numbers.append(Int(current) ?? -1)
                current = ""
                separators.append(character)
            }
        }
        if !current.isEmpty { numbers.append(Int(current) ?? -1) }
        guard numbers.count == 3, numbers[0] >= 1000,
            let date = CalendarDate(year: numbers[0], month: numbers[1], day: numbers[2])
        else { return nil }
        return date.description
    }
}
