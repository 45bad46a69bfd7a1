/// What makes a `.json` file not JSON (RFC 8259), in both languages.
public enum JSONSlip: String, Hashable, Sendable, CaseIterable {
    case trailingComma, comment, singleQuotedKey, singleQuotedText, badEscape, badUnicodeEscape, controlInText
    case unclosedText, numberWithoutDigits, leadingZero, noDigitsAfterPoint, noDigitsInExponent, endsInObject
    case endsInList, endsWhereValue, expectedValue, expectedKey, expectedColon, expectedCommaOrBrace
    case expectedCommaOrBracket, expectedEnd

    func text(in language: Language) -> String {
        let l = language
        switch self {
        case .trailingComma:
            return l.pick(
                "a comma before a closing bracket (a trailing comma) is not allowed in JSON; remove it",
                "JSON 中右括号前不能有逗号（多余的逗号）；请删除它")
        case .comment:
            return l.pick(
                "JSON has no comments; remove it (or write the file as YAML, where # starts a comment)",
                "JSON 不能写注释；请删除（或改用 YAML 文件，YAML 用 # 写注释）")
        case .singleQuotedKey:
            return l.pick("JSON keys take double quotes \"…\", not single quotes", "JSON 的键要用英文双引号 \"…\"，不能用单引号")
        case .singleQuotedText:
            return l.pick("JSON texts take double quotes \"…\", not single quotes", "JSON 的文字要用英文双引号 \"…\"，不能用单引号")
        case .badEscape:
            return l.pick("this is not an escape JSON knows; write \\\\ for a backslash", "JSON 不认识这个转义；反斜杠请写成 \\\\")
        case .badUnicodeEscape:
            return l.pick("\\u must be followed by four hexadecimal digits", "\\u 后面必须是四位十六进制数字")
        case .controlInText:
            return l.pick(
                "a line break or control character inside a JSON text must be written as an escape such as \\n",
                "JSON 文字中的换行或控制字符必须写成转义形式，如 \\n")
        case .unclosedText:
            return l.pick("a text is not closed; add its closing \"", "文字没有结束；请补上结尾的 \"")
        case .numberWithoutDigits:
            return l.pick("a number must have digits", "数字中必须有数字字符")
        case .leadingZero:
            return l.pick("a JSON number cannot start with 0", "JSON 数字不能以 0 开头")
        case .noDigitsAfterPoint:
            return l.pick("a number needs digits after its point", "小数点后必须有数字")
        case .noDigitsInExponent:
            return l.pick("a number needs digits in its exponent", "指数部分必须有数字")
        case .endsInObject:
            return l.pick("the file ends inside an object; add its closing }", "文件在 { } 内部就结束了；请补上 }")
        case .endsInList:
            return l.pick("the file ends inside a list; add its closing ]", "文件在 [ ] 内部就结束了；请补上 ]")
        case .endsWhereValue:
            return l.pick("the file ends where a value should be", "文件在应写值的地方结束了")
        case .expectedValue:
            return l.pick("expected a value here", "这里应写一个值")
        case .expectedKey:
            return l.pick("expected a key in double quotes here", "这里应写用双引号括起的键")
        case .expectedColon:
            return l.pick("expected a colon after the key here", "键后面应写冒号 :")
        case .expectedCommaOrBrace:
            return l.pick("expected a comma or } here", "这里应写逗号或 }")
        case .expectedCommaOrBracket:
            return l.pick("expected a comma or ] here", "这里应写逗号或 ]")
        case .expectedEnd:
            return l.pick("expected the end of the file here", "这里应是文件结尾，后面不能再有内容")
        }
    }
}
