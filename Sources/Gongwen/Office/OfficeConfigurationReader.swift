import Foundation

extension OfficeConfiguration {
    /// Reads `office.yaml` at `url`; `served` is the folder `serve` shows, under which every named
    /// folder must exist. Every problem is reported at once, each with its line and column.
    public static func read(contentsOf url: URL, served: URL, displayName: String? = nil) throws(GongwenError)
        -> OfficeConfiguration
    {
        let file = displayName ?? url.path
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw .io(path: file, reason: .noSuchFileOrFolder)
        }
        let tree: YAMLTree
        do {
            tree = try YAMLComposer.compose(try SourceText(data: data, file: file).text, file: file)
        } catch {
            throw .invalidData([error])
        }
        var reader = NodeReader(file: file, tree: tree)
        var configuration = OfficeConfiguration(folders: [])
        let known = ["name", "folders", "admins", "session", "reverse_proxy"]
        guard let root = tree.root, let fields = reader.fields(root, path: .file, known: known, what: .officeFile)
        else {
            throw .invalidData(
                reader.diagnostics.isEmpty
                    ? [Diagnostic(at: reader.location(of: nil), .officeNoFolders)] : reader.diagnostics)
        }
        configuration.name = reader.text(fields["name"], path: fields.path("name"))
        configuration.admins = reader.texts(fields["admins"], path: fields.path("admins"))
        for (index, name) in configuration.admins.enumerated() where !isAccountName(name) {
            reader.fail(
                .accountName(name), at: fields["admins"].flatMap { tree.items(of: $0)?.dropFirst(index).first },
                path: .index(index, in: "admins"))
        }
        configuration.reverseProxy = reader.text(fields["reverse_proxy"], path: fields.path("reverse_proxy"))
        if let node = fields["session"],
            let session = reader.fields(
                node, path: fields.path("session"), known: ["idle_minutes", "hours"], what: .officeFile)
        {
            for (key, range) in [("idle_minutes", 1...1440), ("hours", 1...168)] {
                guard let text = reader.text(session[key], path: session.path(key)) else { continue }
                guard let value = Int(text), range.contains(value) else {
                    reader.fail(
                        .wholeNumber(text, range.lowerBound, range.upperBound), at: session[key],
                        path: session.path(key))
                    continue
                }
                if key == "hours" { configuration.sessionHours = value } else { configuration.idleMinutes = value }
            }
        }
        if let node = fields["folders"], let pairs = tree.pairs(of: node) {
            for (keyNode, value) in pairs {
                guard let path = tree.scalar(keyNode)?.text else {
                    reader.fail(.keyNotText, at: keyNode, path: fields.path("folders"))
                    continue
                }
                let folderPath = ValuePath.key(path, in: "folders")
                let clean = path.split(separator: "/").joined(separator: "/")
                var isFolder: ObjCBool = false
                if clean.isEmpty || clean.hasPrefix(".")
                    || clean.split(separator: "/").contains(where: { $0 == ".." || $0.hasPrefix(".") })
                    || !FileManager.default.fileExists(
                        atPath: served.appendingPathComponent(clean).path, isDirectory: &isFolder)
                    || !isFolder.boolValue
                {
                    reader.fail(.officeFolderMissing(path, served: served.path), at: keyNode, path: folderPath)
                    continue
                }
                if configuration.folders.contains(where: { $0.path == clean }) {
                    reader.fail(.keyTwice(path), at: keyNode, path: folderPath)
                    continue
                }
                var grants: [OfficeRole: [String]] = [:]
                if let roles = tree.pairs(of: value) {
                    for (roleNode, names) in roles {
                        let roleName = tree.scalar(roleNode)?.text ?? ""
                        guard let role = OfficeRole(name: roleName) else {
                            reader.fail(
                                .unknownRole(roleName, known: OfficeRole.allCases.map(\.rawValue)), at: roleNode,
                                path: .key(roleName, in: folderPath.spelled))
                            continue
                        }
                        let rolePath = ValuePath.key(roleName, in: folderPath.spelled)
                        let accounts = reader.texts(names, path: rolePath)
                        for (index, name) in accounts.enumerated() where !isAccountName(name) {
                            reader.fail(
                                .accountName(name), at: tree.items(of: names)?.dropFirst(index).first,
                                path: .index(index, in: rolePath.spelled))
                        }
                        grants[role, default: []] += accounts.filter(isAccountName)
                    }
                } else if !reader.isAbsent(value) {
                    reader.fail(
                        .expectedMapping(.officeFolder, found: reader.describe(value)), at: value, path: folderPath)
                }
                configuration.folders.append(Folder(path: clean, grants: grants))
            }
        } else if let node = fields["folders"] {
            reader.fail(
                .expectedMapping(.officeFolder, found: reader.describe(node)), at: node, path: fields.path("folders"))
        }
        if configuration.folders.isEmpty, reader.diagnostics.isEmpty {
            reader.fail(.officeNoFolders, at: fields["folders"] ?? root, path: fields.path("folders"))
        }
        if !reader.diagnostics.isEmpty { throw .invalidData(reader.diagnostics) }
        return configuration
    }

    /// Whether `name` can be an account name: 1 to 32 letters (Chinese too), digits, `.`, `_`, `-`.
    public static func isAccountName(_ name: String) -> Bool {
        (1...32).contains(name.count)
            && name.unicodeScalars.allSatisfy {
                $0.properties.isAlphabetic || ("0"..."9").contains($0) || ".-_".unicodeScalars.contains($0)
            }
    }
}
