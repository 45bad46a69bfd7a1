import ArgumentParser
import Foundation
import Gongwen
import GongwenOffice

/// `gongwen user add|passwd|disable|enable|list DIR`: the office's accounts, kept in the database
/// under DIR. The first administrator is made here, never over the network.
struct User: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user", abstract: CommandHelp.userAbstract.text(in: ErrorReport.language),
        subcommands: [Add.self, Passwd.self, Disable.self, Enable.self, List.self])

    struct Place: ParsableArguments {
        @Argument(help: CommandHelp.userFolder.here) var folder: String

        func database() throws -> OfficeDatabase {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
                throw OfficeError(.notAFolderOfMeetings(folder))
            }
            return try OfficeDatabase(folder: URL(fileURLWithPath: folder, isDirectory: true))
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: CommandHelp.userAdd.text(in: ErrorReport.language))
        @OptionGroup var language: LanguageOption
        @OptionGroup var place: Place
        @Argument(help: CommandHelp.userName.here) var name: String

        func run() throws {
            try OfficeCommand.run {
                let accounts = Accounts(try place.database())
                guard OfficeConfiguration.isAccountName(name) else { throw OfficeError(.accountName(name)) }
                try accounts.add(name, password: try PasswordPrompt.newPassword(), actor: "gongwen", address: "local")
            }
        }
    }

    struct Passwd: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: CommandHelp.userPasswd.text(in: ErrorReport.language))
        @OptionGroup var language: LanguageOption
        @OptionGroup var place: Place
        @Argument(help: CommandHelp.userName.here) var name: String

        func run() throws {
            try OfficeCommand.run {
                let accounts = Accounts(try place.database())
                try accounts.setPassword(
                    name, password: try PasswordPrompt.newPassword(), actor: "gongwen", address: "local")
            }
        }
    }

    struct Disable: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: CommandHelp.userDisable.text(in: ErrorReport.language))
        @OptionGroup var language: LanguageOption
        @OptionGroup var place: Place
        @Argument(help: CommandHelp.userName.here) var name: String

        func run() throws {
            try OfficeCommand.run {
                try Accounts(try place.database()).setDisabled(name, true, actor: "gongwen", address: "local")
            }
        }
    }

    struct Enable: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: CommandHelp.userEnable.text(in: ErrorReport.language))
        @OptionGroup var language: LanguageOption
        @OptionGroup var place: Place
        @Argument(help: CommandHelp.userName.here) var name: String

        func run() throws {
            try OfficeCommand.run {
                try Accounts(try place.database()).setDisabled(name, false, actor: "gongwen", address: "local")
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: CommandHelp.userList.text(in: ErrorReport.language))
        @OptionGroup var language: LanguageOption
        @OptionGroup var place: Place

        func run() throws {
            try OfficeCommand.run {
                let folder = URL(fileURLWithPath: place.folder, isDirectory: true)
                let accounts = try Accounts(try place.database()).list()
                // The roles the office file gives, when there is one beside the database.
                let configuration = try? OfficeConfiguration.read(
                    contentsOf: folder.appendingPathComponent(OfficeConfiguration.defaultPath), served: folder)
                let language = ErrorReport.language
                for account in accounts {
                    let roles = [
                        configuration.map {
                            $0.roleLine(of: account.name, administrator: Label.administrator.text(in: language))
                        } ?? ""
                    ]
                    var flags: [String] = []
                    if account.disabled { flags.append(Label.disabled.text(in: language)) }
                    if account.locked { flags.append(Label.locked.text(in: language)) }
                    print(
                        ([account.name] + [roles.joined(separator: " ")] + flags).filter { !$0.isEmpty }.joined(
                            separator: "\t"))
                }
            }
        }
    }
}

/// Runs an office command, printing a refusal in the run's language with exit status 1.
enum OfficeCommand {
    static func run(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as OfficeError {
            ErrorReport.warn(
                Label.errorPrefix.text(in: ErrorReport.language) + error.message.text(in: ErrorReport.language))
            throw ExitCode(1)
        } catch let error as GongwenError {
            ErrorReport.print(error)
            throw ExitCode(error.exitCode)
        }
    }
}
