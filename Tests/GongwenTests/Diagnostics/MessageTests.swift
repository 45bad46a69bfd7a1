import Foundation
import Testing

@testable import Gongwen

/// Every message exists in English and in Chinese.
@Suite("Message catalogue")
struct MessageTests {
    /// One example of every case of `Message`; `everyCaseHasAnExample` reads the cases from the
    /// source, so a case added without an example here fails.
    static let examples: [Message] = [
        .fileEmpty, .notUTF8, .nulByte, .cannotReadFile(reason: "Permission denied"), .noSuchFileOrFolder, .noData,
        .notJSON(.trailingComma), .unreadableCharacter(problem: "control characters are not allowed"),
        .syntaxError(
            problem: "mapping values are not allowed in this context", context: "while parsing a block mapping",
            line: 1,
            column: 1),
        .cannotParse(problem: "out of memory"), .secondDocument, .aliasInsideItself(name: "a"),
        .aliasWithoutAnchor(name: "a"), .aliasRepeatsTooMuch(name: "a", held: 10, standsFor: 10_000),
        .notAMeetingFile, .noMeetingBlock, .expectedMapping(.report, found: .list), .keyNotText,
        .unknownKey("atendees", suggestion: "attendees", known: ["attendees"]), .keyTwice("title"),
        .controlCharacter(code: "U+0001"), .textEmpty, .expectedText(found: .mapping), .required(key: "title"),
        .notADay("2026-02-30"), .notADate("tomorrow"),
        .notAllowed("finished", suggestion: nil, known: ["done"], chinese: ["已完成"]),
        .expectedList(.people, found: .text("Zhang San")), .taskIdRepeated(id: "T-1", line: 3),
        .taskIdInOtherFile(id: "T-1", file: "a.yaml", line: 3), .unknownTaskId(id: "T-9", suggestion: "T-1"),
        .sameOutput(otherInput: "a/m.yaml", path: "out/m.minutes.md"),
        .sameTemplateOutput(template: "minutes", path: "out/m.minutes.md"), .cannotCreateFolder(reason: "x"),
        .cannotWriteFile(reason: "x"), .fileExists, .pdfNeedsLibreOffice, .pdfConversionFailed(reason: "x"),
        .pdfConversionTimedOut(seconds: 60), .pdfQueueFull, .taskNotInFolder(id: "T-1", folder: "meetings"),
        .mixedOrganizations(["Bureau A", "Bureau B"]), .noSuchOrganization("Bureau C", known: ["Bureau A"]),
        .templateNotWellFormed(detail: "x"),
        .templateBreaksVocabulary(dataFile: "m.yaml", detail: "x"), .mustacheSyntax(detail: "x"),
        .templateUnreadable, .templateNotUTF8, .unknownTemplate(name: "x", known: ["minutes"], chinese: ["会议纪要"]),
        .referenceUnreadable(detail: "x"), .referenceHasNoStyles, .referencePartMalformed(line: 1, detail: "x"),
        .referenceLacksStyles(["Title"]), .referencePartNotUsed(kind: "header", target: "header1.xml"),
        .giveMeetingFiles, .giveMeetingFilesOrFolders, .unknownFormat("pdf", allowed: ["md"]),
        .monthArgument("2026-13"),
        .notAFolderOfMeetings("x"), .summaryWritesFiles, .summaryTemplateOnly("minutes"),
        .monthlySummaryNeedsSummary, .standardOutputOneDocument, .portRange, .unknownLanguage("fr"),
        .taskIdPattern("<date>"), .nearDirectoryEntry("Wang Jianwei", known: "Wang Jianguo"),
        .previewFileNotInFolder, .previewNoSuchFile, .portInUse(host: "127.0.0.1", port: 8080),
        .officeNoFolders, .officeFolderMissing("Party office", served: "/srv"), .unknownRole("boss", known: ["clerk"]),
        .accountName("a b"), .wholeNumber("x", 1, 9), .officeDatabase(path: "x", reason: "x"), .passwordTooShort(8),
        .passwordIsName, .passwordsDiffer, .accountExists("zhang"), .noSuchAccount("zhang"), .alreadySubmitted,
        .alreadyIssued, .notSubmitted, .changedSinceSubmitted, .underReview, .returnNeedsReason, .signInRefused,
        .signInWaiting(minutes: 2), .backupFailed(reason: "x"), .restoreIntoNonEmpty("/srv"),
        .insecureHTTP(host: "0.0.0.0"), .tlsNeedsBoth, .tlsUnreadable(reason: "x"), .auditBroken(count: 1),
        .textTooLong(500), .commentEmpty, .passwordMissing, .noBackupAt("x"), .auditChanged(id: 2),
        .auditMissing(from: 4, before: 5), .auditReordered(id: 6), .auditUnguarded, .auditAnchorMissing,
        .cannotDisableSelf, .issuedCopyChanged("x"), .auditHead(count: 1, hash: "ab"),
        .invisibleInIndentation("\t"), .fullWidthColon(key: "title"), .noSpaceAfterColon(key: "title"),
        .keyWithoutColon(key: "recorder"), .invisibleInKey(key: "location", character: "\u{3000}"),
        .dateWrittenOtherwise("2026-11-5", suggestion: "2026-11-05"),
        .readAsOneName("Zhang, Li", suggestion: "[Zhang, Li]"), .colonInText, .textAfterQuote,
        .invisibleAfterColon(key: "a", character: "\u{A0}"),
        .fullWidthListBrackets("x"),
        .textAfterBracket("["), .isAFolder, .leftOutOfSummary,
        .alreadyNumbered("lead", number: "1"), .placeholder("*"), .emptyBrackets("()"), .watermark("www.x.com"),
        .halfWidthPunctuation(",", fullWidth: "x"), .straightQuote("\""), .doubledPunctuation(".."),
        .spaceBetweenChinese("a b"), .repeatedCharacter("aa"), .unbalanced("(", partner: ")"),
        .noSuchDayInText("2-30"), .wrongWeekday("11-20", actual: 5), .firstPerson("we"),
        .noSpeechNotWritten(template: "speech", chinese: "讲话稿"),
        .noTasksNotWritten(template: "accountability", chinese: "责任清单"),
        .wroteFiles(count: 8, folder: "out/"), .unknownNaming("fr"),
        .attendingAndAbsent(name: "Zhang", sittingIn: false),
        .notAmongAttendees(name: "Zhang", isHost: true), .dueBeforeMeeting(due: "1", meeting: "2"),
        .completedBeforeAssigned(completed: "1", assigned: "2"), .completedAfterMeeting(completed: "2", meeting: "1"),
        .taskWithoutOwner(leadUnit: true, owner: true), .unknownRule("x", known: ["placeholder"]),
        .quarterArgument("2026-Q5"), .yearArgument("26"), .periodMissing, .periodTwice, .asOfArgument("12-10"),
        .withinArgument("-1"), .replyByArgument("2026-12-01"), .reminderOptionsAlone, .reminderWithoutUnit("T-1"),
        .noSuchUnit("x", known: ["y"]),
    ]

    static func isChinese(_ scalar: Unicode.Scalar) -> Bool { (0x4E00...0x9FFF).contains(scalar.value) }

    @Test func everyCaseHasAnExample() throws {
        let source = try String(
            contentsOf: TestSupport.root.appendingPathComponent("Sources/Gongwen/Diagnostics/Message.swift"),
            encoding: .utf8)
        // The cases of `Message` itself: declared before its first nested type.
        let own = source[..<source.range(of: "public enum Found")!.lowerBound]
        let declared = Set(
            own.split(separator: "\n").compactMap { line -> String? in
                guard line.hasPrefix("    case ") else { return nil }
                return String(line.dropFirst(9).prefix { $0.isLetter || $0.isNumber })
            })
        let given = Set(
            Self.examples.map { example in
                Mirror(reflecting: example).children.first?.label ?? String(describing: example)
            })
        #expect(declared.count > 50)
        #expect(declared == given, "no example for \(declared.subtracting(given).sorted())")
    }

    @Test func everyLabelAndHelpTextReadsInBothLanguages() {
        for label in Label.allCases where ![.word, .pdf, .markdown, .xml].contains(label) {
            #expect(label.text(in: .en) != label.text(in: .zh), "\(label)")
            #expect(label.text(in: .zh).unicodeScalars.contains(where: Self.isChinese), "\(label)")
        }
        for help in CommandHelp.allCases {
            #expect(help.text(in: .en) != help.text(in: .zh))
            #expect(help.text(in: .zh).unicodeScalars.contains(where: Self.isChinese), "\(help)")
        }
        #expect(UsageWords.chinese("Error: Missing expected argument '--month <month>'").contains("缺少必需的参数"))
    }

    @Test(arguments: examples)
    func everyMessageReadsInBothLanguages(message: Message) {
        let english = message.text(in: .en)
        let chinese = message.text(in: .zh)
        #expect(!english.isEmpty && !chinese.isEmpty && english != chinese)
        #expect(!english.unicodeScalars.contains(where: Self.isChinese), "\(english)")
        #expect(chinese.unicodeScalars.contains(where: Self.isChinese), "\(chinese)")
    }

    @Test func everyNounFoundAndJSONSlipReadsInBothLanguages() {
        let english = Message.Noun.allCases.map { $0.text(in: .en) } + JSONSlip.allCases.map { $0.text(in: .en) }
        let chinese = Message.Noun.allCases.map { $0.text(in: .zh) } + JSONSlip.allCases.map { $0.text(in: .zh) }
        #expect(english.allSatisfy { !$0.unicodeScalars.contains(where: Self.isChinese) })
        #expect(chinese.allSatisfy { $0.unicodeScalars.contains(where: Self.isChinese) })
        #expect(Set(english).count == english.count && Set(chinese).count == chinese.count)
    }

    @Test(
        arguments: [
            (nil, ["LANG": "zh_CN.UTF-8"], Language.zh), ("en", ["LANG": "zh_CN.UTF-8"], .en),
            (nil, ["GONGWEN_LANG": "zh", "LANG": "C"], .zh), (nil, ["LC_ALL": "C", "LANG": "zh_CN.UTF-8"], .en),
            (nil, ["LC_MESSAGES": "zh_TW.UTF-8"], .zh), (nil, [:], .en), ("zh", [:], .zh),
        ] as [(String?, [String: String], Language)])
    func theLanguageIsChosenAsTheContractSays(option: String?, environment: [String: String], expected: Language) {
        #expect(Language.chosen(option: option, environment: environment) == expected)
    }
}
