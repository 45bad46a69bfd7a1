import ArgumentParser
import Foundation
import Gongwen

struct CalendarCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calendar", abstract: CommandHelp.calendarAbstract.text(in: ErrorReport.language))

    @OptionGroup var language: LanguageOption

    @Argument(help: CommandHelp.calendarFolder.here)
    var folder: String

    @Option(help: CommandHelp.calendarUnit.here)
    var unit: String?

    @Option(help: CommandHelp.calendarOutput.here)
    var output: String = "任务时限.ics"

    @Flag(name: .customLong("skip-invalid"), help: CommandHelp.skipInvalid.here)
    var skipInvalid = false

    func validate() throws {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw ValidationError(Message.notAFolderOfMeetings(folder).text(in: ErrorReport.language))
        }
    }

    func run() async throws {
        let meetings = try await FolderLoad.meetings(
            in: folder, search: MeetingFileSearch(), proofreader: nil, skipInvalid: skipInvalid)
        if let unit, !TaskCalendar.units(meetings).contains(TextView.inline(unit)) {
            ErrorReport.print(
                GongwenError.io(
                    path: folder, reason: .noSuchUnit(unit, known: TaskCalendar.units(meetings))))
            throw ExitCode(1)
        }
        let calendar = TaskCalendar(meetings: meetings, on: TaskCalendar.ledgerDay(meetings), unit: unit)
        let data = Data(calendar.text(stamp: Environment.sourceDateEpoch ?? Date()).utf8)
        if output == "-" {
            FileHandle.standardOutput.write(data)
            return
        }
        try ErrorReport.orExit { () throws(GongwenError) in
            try OutputFile.write(data, to: URL(fileURLWithPath: output, isDirectory: false))
        }
        ErrorReport.wrote(1, in: URL(fileURLWithPath: output).deletingLastPathComponent().path)
    }
}
