/// libyaml's own problem and context phrases, and the operating system's reasons for a file that
/// cannot be read or written, in Chinese, so that such messages read in the clerk's language too.
/// A phrase not listed here is shown as it was written.
enum LibYAMLWords {
    static let chinese: [String: String] = [
        "mapping values are not allowed in this context": "这里不能出现“键: 值”（内容里的冒号可能需要给整段加引号）",
        "could not find expected ':'": "找不到应有的半角冒号“:”",
        "did not find expected key": "找不到应有的键（可能是这一行的缩进没有对齐）",
        "did not find expected ',' or ']'": "找不到应有的逗号或右方括号“]”",
        "did not find expected ',' or '}'": "找不到应有的逗号或右花括号“}”",
        "did not find expected node content": "找不到应有的内容",
        "did not find expected '-' indicator": "找不到应有的列表标记“- ”（可能是缩进没有对齐）",
        "found character that cannot start any token": "遇到了不能出现在这里的字符（如 Tab、@ 或 `）",
        "found unexpected end of stream": "文件意外结束（可能是引号或括号没有闭合）",
        "found a tab character that violates indentation": "缩进里有 Tab 字符",
        "block sequence entries are not allowed in this context": "这里不能开始列表（“- ”的缩进可能不对）",
        "found unknown escape character": "双引号里有不认识的转义字符（反斜杠请写成 \\\\）",
        "found unexpected ':'": "这里不应出现冒号",
        "did not find expected <document start>": "找不到文档的开头",
        "found undefined tag handle": "遇到了未定义的标签",
        "did not find URI escaped octet": "标签里的转义字符不完整",
        "found unexpected document indicator": "遇到了意外的文档分隔符（---）",
        "while parsing a block mapping": "在读取“键: 值”时",
        "while parsing a block collection": "在读取列表时",
        "while parsing a flow sequence": "在读取方括号列表时",
        "while parsing a flow mapping": "在读取花括号内容时",
        "while parsing a flow node": "在读取括号内容时",
        "while parsing a block node": "在读取内容时",
        "while scanning a simple key": "在读取键时",
        "while scanning a quoted scalar": "在读取引号中的文字时",
        "while scanning a plain scalar": "在读取文字时",
        "while scanning a block scalar": "在读取多行文字时",
        "while scanning an anchor": "在读取锚点时",
        "while scanning an alias": "在读取引用时",
        "while scanning a tag": "在读取标签时",
        "while parsing a node": "在读取内容时",
        "control characters are not allowed": "不允许出现控制字符",
        "invalid leading UTF-8 octet": "这里的字节不是有效的 UTF-8",
        "invalid trailing UTF-8 octet": "这里的字节不是有效的 UTF-8",
        "incomplete UTF-8 octet sequence": "UTF-8 字符不完整",
        "invalid Unicode character": "无效的 Unicode 字符",
        "input is too long": "文件太长",
        // The operating system's reasons (strerror), for a file that cannot be read or written.
        "No such file or directory": "没有这个文件或文件夹",
        "Permission denied": "没有权限",
        "No space left on device": "磁盘空间已满",
        "Read-only file system": "文件系统是只读的",
        "Is a directory": "这是一个文件夹",
        "Not a directory": "路径中有一部分不是文件夹",
        "File exists": "文件已存在",
        "Too many open files": "打开的文件太多",
        "File name too long": "文件名太长",
    ]

    static func chinese(_ phrase: String) -> String {
        chinese[phrase] ?? phrase
    }
}
