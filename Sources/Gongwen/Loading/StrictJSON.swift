/// Checks that a `.json` meeting file is JSON as RFC 8259 defines it, before the YAML parser reads it.
///
/// The YAML parser reads JSON (it is YAML's flow style) and keeps every value's place, but it also
/// takes what JSON forbids: trailing commas, comments, single quotes, unquoted keys. Foundation's
/// JSON reader accepts trailing commas too. A file that `jq` and every other tool reject must not
/// load here either; this checker finds the first such slip and its line and column.
enum StrictJSON {
    /// The first place where `bytes` is not JSON, with what is wrong; nil when it is JSON.
    static func firstProblem(in bytes: [UInt8]) -> (offset: Int, slip: JSONSlip)? {
        var checker = Checker(bytes: bytes)
        return checker.check()
    }

    private struct Checker {
        let bytes: [UInt8]
        var index = 0

        private enum Container {
            case object
            case array
        }

        init(bytes: [UInt8]) {
            self.bytes = bytes
            // A UTF-8 byte order mark is not JSON text, but RFC 8259 lets a reader ignore it.
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
        }

        mutating func check() -> (offset: Int, slip: JSONSlip)? {
            // An explicit stack and no recursion: a file of 100,000 `[` must not overflow the thread's stack.
            var stack: [Container] = []
            var needsValue = true
            while true {
                skipSpace()
                if needsValue {
                    guard index < bytes.count else { return (index, .endsWhereValue) }
                    switch bytes[index] {
                    case UInt8(ascii: "{"):
                        index += 1
                        skipSpace()
                        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
                            index += 1
                            needsValue = false
                        } else {
                            stack.append(.object)
                            if let problem = key() { return problem }
                        }
                    case UInt8(ascii: "["):
                        index += 1
                        skipSpace()
                        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
                            index += 1
                            needsValue = false
                        } else {
                            stack.append(.array)
                        }
                    default:
                        if let problem = scalar() { return problem }
                        needsValue = false
                    }
                    continue
                }
                guard let container = stack.last else { break }
                guard index < bytes.count else {
                    return (
                        index,
                        container == .object
                            ? .endsInObject
                            : .endsInList
                    )
                }
                let byte = bytes[index]
                if byte == UInt8(ascii: ",") {
                    let comma = index
                    index += 1
                    skipSpace()
                    if index < bytes.count, bytes[index] == UInt8(ascii: "]") || bytes[index] == UInt8(ascii: "}") {
                        return (
                            comma,
                            .trailingComma
                        )
                    }
                    if container == .object, let problem = key() { return problem }
                    needsValue = true
                } else if byte == UInt8(ascii: container == .object ? "}" : "]") {
                    index += 1
                    stack.removeLast()
                } else {
                    return problem(expected: container == .object ? .expectedCommaOrBrace : .expectedCommaOrBracket)
                }
            }
            guard index == bytes.count else { return problem(expected: .expectedEnd) }
            return nil
        }

        /// Reads a text, number or literal.
        private mutating func scalar() -> (offset: Int, slip: JSONSlip)? {
            switch bytes[index] {
            case UInt8(ascii: "\""):
                return string()
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                return number()
            case UInt8(ascii: "t"): return literal("true")
            case UInt8(ascii: "f"): return literal("false")
            case UInt8(ascii: "n"): return literal("null")
            default:
                return problem(expected: .expectedValue)
            }
        }

        /// Reads `"key"` and its colon.
        private mutating func key() -> (offset: Int, slip: JSONSlip)? {
            skipSpace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
                if index < bytes.count, bytes[index] == UInt8(ascii: "'") {
                    return (index, .singleQuotedKey)
                }
                return problem(expected: .expectedKey)
            }
            if let problem = string() { return problem }
            skipSpace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
                return problem(expected: .expectedColon)
            }
            index += 1
            return nil
        }

        private mutating func string() -> (offset: Int, slip: JSONSlip)? {
            let start = index
            index += 1
            while index < bytes.count {
                let byte = bytes[index]
                switch byte {
                case UInt8(ascii: "\""):
                    index += 1
                    return nil
                case UInt8(ascii: "\\"):
                    guard index + 1 < bytes.count else { return (start, .unclosedText) }
                    let escape = bytes[index + 1]
                    if escape == UInt8(ascii: "u") {
                        let digits = bytes[min(index + 2, bytes.count)..<min(index + 6, bytes.count)]
                        guard digits.count == 4, digits.allSatisfy(Self.isHexDigit) else {
                            return (index, .badUnicodeEscape)
                        }
                        index += 6
                    } else if Array("\"\\/bfnrt".utf8).contains(escape) {
                        index += 2
                    } else {
                        return (index, .badEscape)
                    }
                case 0..<0x20:
                    return (
                        index,
                        .controlInText
                    )
                default:
                    index += 1
                }
            }
            return (start, .unclosedText)
        }

        private mutating func number() -> (offset: Int, slip: JSONSlip)? {
            let start = index
            if bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard index < bytes.count, Self.isDigit(bytes[index]) else { return (start, .numberWithoutDigits) }
            if bytes[index] == UInt8(ascii: "0") {
                index += 1
                if index < bytes.count, Self.isDigit(bytes[index]) {
                    return (start, .leadingZero)
                }
            } else {
                skipDigits()
            }
            if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
                index += 1
                guard index < bytes.count, Self.isDigit(bytes[index]) else {
                    return (start, .noDigitsAfterPoint)
                }
                skipDigits()
            }
            if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
                index += 1
                if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
                    index += 1
                }
                guard index < bytes.count, Self.isDigit(bytes[index]) else {
                    return (start, .noDigitsInExponent)
                }
                skipDigits()
            }
            return nil
        }

        private mutating func literal(_ word: String) -> (offset: Int, slip: JSONSlip)? {
            let expected = Array(word.utf8)
            guard bytes[index...].starts(with: expected) else { return problem(expected: .expectedValue) }
            index += expected.count
            return nil
        }

        private mutating func skipDigits() {
            while index < bytes.count, Self.isDigit(bytes[index]) { index += 1 }
        }

        /// Skips the four whitespace characters JSON allows.
        private mutating func skipSpace() {
            while index < bytes.count {
                switch bytes[index] {
                case 0x20, 0x09, 0x0A, 0x0D: index += 1
                default: return
                }
            }
        }

        /// What is found where `expected` should be, with a word for the usual slips.
        private func problem(expected: JSONSlip) -> (offset: Int, slip: JSONSlip) {
            guard index < bytes.count else { return (index, .endsWhereValue) }
            let byte = bytes[index]
            if byte == UInt8(ascii: "/"), index + 1 < bytes.count,
                bytes[index + 1] == UInt8(ascii: "/") || bytes[index + 1] == UInt8(ascii: "*")
            {
                return (index, .comment)
            }
            if byte == UInt8(ascii: "'") { return (index, .singleQuotedText) }
            return (index, expected)
        }

        private static func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }

        private static func isHexDigit(_ byte: UInt8) -> Bool {
            isDigit(byte) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte)
                || (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(byte)
        }
    }
}
