/// Checks that a `.json` meeting file is JSON as RFC 8259 defines it, before the YAML parser reads it.
///
/// The YAML parser reads JSON (it is YAML's flow style) and keeps every value's place, but it also
/// takes what JSON forbids: trailing commas, comments, single quotes, unquoted keys. Foundation's
/// JSON reader accepts trailing commas too. A file that `jq` and every other tool reject must not
/// load here either; this checker finds the first such slip and its line and column.
enum StrictJSON {
    /// The first place where `bytes` is not JSON, with what is wrong; nil when it is JSON.
    static func firstProblem(in bytes: [UInt8]) -> (offset: Int, message: String)? {
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

        mutating func check() -> (offset: Int, message: String)? {
            // An explicit stack and no recursion: a file of 100,000 `[` must not overflow the thread's stack.
            var stack: [Container] = []
            var needsValue = true
            while true {
                skipSpace()
                if needsValue {
                    guard index < bytes.count else { return (index, "the file ends where a value should be") }
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
                            ? "the file ends inside an object; add its closing }"
                            : "the file ends inside a list; add its closing ]"
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
                            "a comma before a closing bracket (a trailing comma) is not allowed in JSON; remove it"
                        )
                    }
                    if container == .object, let problem = key() { return problem }
                    needsValue = true
                } else if byte == UInt8(ascii: container == .object ? "}" : "]") {
                    index += 1
                    stack.removeLast()
                } else {
                    return problem(expected: container == .object ? "a comma or }" : "a comma or ]")
                }
            }
            guard index == bytes.count else { return problem(expected: "the end of the file") }
            return nil
        }

        /// Reads a text, number or literal.
        private mutating func scalar() -> (offset: Int, message: String)? {
            switch bytes[index] {
            case UInt8(ascii: "\""):
                return string()
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                return number()
            case UInt8(ascii: "t"): return literal("true")
            case UInt8(ascii: "f"): return literal("false")
            case UInt8(ascii: "n"): return literal("null")
            default:
                return problem(expected: "a value")
            }
        }

        /// Reads `"key"` and its colon.
        private mutating func key() -> (offset: Int, message: String)? {
            skipSpace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
                if index < bytes.count, bytes[index] == UInt8(ascii: "'") {
                    return (index, "JSON keys take double quotes \"…\", not single quotes")
                }
                return problem(expected: "a key in double quotes")
            }
            if let problem = string() { return problem }
            skipSpace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
                return problem(expected: "a colon after the key")
            }
            index += 1
            return nil
        }

        private mutating func string() -> (offset: Int, message: String)? {
            let start = index
            index += 1
            while index < bytes.count {
                let byte = bytes[index]
                switch byte {
                case UInt8(ascii: "\""):
                    index += 1
                    return nil
                case UInt8(ascii: "\\"):
                    guard index + 1 < bytes.count else { return (start, "a text is not closed; add its closing \"") }
                    let escape = bytes[index + 1]
                    if escape == UInt8(ascii: "u") {
                        let digits = bytes[min(index + 2, bytes.count)..<min(index + 6, bytes.count)]
                        guard digits.count == 4, digits.allSatisfy(Self.isHexDigit) else {
                            return (index, "\\u must be followed by four hexadecimal digits")
                        }
                        index += 6
                    } else if Array("\"\\/bfnrt".utf8).contains(escape) {
                        index += 2
                    } else {
                        return (
                            index,
                            "'\\\(Character(Unicode.Scalar(escape)))' is not an escape JSON knows; write \\\\ for a backslash"
                        )
                    }
                case 0..<0x20:
                    return (
                        index,
                        "a line break or control character inside a JSON text must be written as an escape such as \\n"
                    )
                default:
                    index += 1
                }
            }
            return (start, "a text is not closed; add its closing \"")
        }

        private mutating func number() -> (offset: Int, message: String)? {
            let start = index
            if bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard index < bytes.count, Self.isDigit(bytes[index]) else { return (start, "a number must have digits") }
            if bytes[index] == UInt8(ascii: "0") {
                index += 1
                if index < bytes.count, Self.isDigit(bytes[index]) {
                    return (start, "a JSON number cannot start with 0")
                }
            } else {
                skipDigits()
            }
            if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
                index += 1
                guard index < bytes.count, Self.isDigit(bytes[index]) else {
                    return (start, "a number needs digits after its point")
                }
                skipDigits()
            }
            if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
                index += 1
                if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
                    index += 1
                }
                guard index < bytes.count, Self.isDigit(bytes[index]) else {
                    return (start, "a number needs digits in its exponent")
                }
                skipDigits()
            }
            return nil
        }

        private mutating func literal(_ word: String) -> (offset: Int, message: String)? {
            let expected = Array(word.utf8)
            guard bytes[index...].starts(with: expected) else { return problem(expected: "a value") }
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
        private func problem(expected: String) -> (offset: Int, message: String) {
            guard index < bytes.count else { return (index, "the file ends where \(expected) should be") }
            let byte = bytes[index]
            if byte == UInt8(ascii: "/"), index + 1 < bytes.count,
                bytes[index + 1] == UInt8(ascii: "/") || bytes[index + 1] == UInt8(ascii: "*")
            {
                return (index, "JSON has no comments; remove it (or write the file as YAML, where # starts a comment)")
            }
            if byte == UInt8(ascii: "'") { return (index, "JSON texts take double quotes \"…\", not single quotes") }
            return (index, "expected \(expected) here")
        }

        private static func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }

        private static func isHexDigit(_ byte: UInt8) -> Bool {
            isDigit(byte) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte)
                || (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(byte)
        }
    }
}
