import Foundation
import Testing

@testable import Gongwen

/// The proofreader finds each slip at its character and fires on no correct official prose (issue 15).
@Suite("Proofreading")
struct ProofreaderTests {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Corpus")

    static func findings(_ url: URL, proofreader: Proofreader = Proofreader()) throws -> [Diagnostic] {
        try ProofreadingLoader(proofreader: proofreader).load(contentsOf: url, displayName: url.lastPathComponent)
            .warnings
    }

    static func findings(_ text: String, proofreader: Proofreader = Proofreader()) throws -> [Diagnostic] {
        try ProofreadingLoader(proofreader: proofreader).load(data: Data(text.utf8), file: "m.yaml").warnings
    }

    @Test func correctProseRaisesNothing() throws {
        var files = TestSupport.sampleFiles
        let monthly = TestSupport.samples.appendingPathComponent("monthly")
        files += try FileManager.default.contentsOfDirectory(atPath: monthly.path).map {
            monthly.appendingPathComponent($0)
        }
        files += ["clean-prose.yaml", "seed-speech-clean.yaml"].map { Self.corpus.appendingPathComponent($0) }
        for file in files {
            let found = try Self.findings(file)
            #expect(found.isEmpty, "\(file.lastPathComponent): \(found.map(\.description))")
        }
    }

    @Test func theSeedsOwnDefectsAreFoundAtTheirPlacesAndNothingElse() throws {
        let url = Self.corpus.appendingPathComponent("seed-speech.yaml")
        let lines = try String(contentsOf: url, encoding: .utf8).split(
            separator: "\n", omittingEmptySubsequences: false)
        let found = try Self.findings(url)
        func character(at diagnostic: Diagnostic, count: Int) -> String {
            let line = Array(lines[diagnostic.location.line - 1].unicodeScalars)
            let start = diagnostic.location.column - 1
            return String(String.UnicodeScalarView(line[start..<min(line.count, start + count)]))
        }
        // The fixture holds the seed's paragraphs as written (../shared/seeds/, not in this repository): every
        // `*` outside its comment lines is one of the seed's gaps.
        let stars = lines.filter { !$0.hasPrefix("#") }.reduce(0) { $0 + $1.filter { $0 == "*" }.count }
        let placeholders = found.filter { $0.rule == "placeholder" }
        #expect(stars > 10 && placeholders.count == stars)
        #expect(placeholders.allSatisfy { character(at: $0, count: 1) == "*" })
        let watermarks = found.filter { $0.rule == "watermark" }
        #expect(watermarks.count == 1)
        #expect(watermarks.first.map { character(at: $0, count: 6) } == "文库原创发布")
        #expect(found.count == placeholders.count + watermarks.count, "\(found.map(\.description))")
    }

    @Test func eachSlipIsFoundAtItsCharacter() throws {
        let found = try Self.findings(Self.corpus.appendingPathComponent("defects.yaml"))
        let places = found.map { "\($0.location.line):\($0.location.column) \($0.rule ?? "")" }
        #expect(
            places == [
                "6:12 attendance", "8:15 attendance", "10:7 attendance", "12:8 placeholder", "13:5 placeholder",
                "14:6 placeholder", "15:5 placeholder", "16:7 placeholder", "17:7 placeholder", "18:5 watermark",
                "19:7 watermark", "20:8 half-width-punctuation", "21:7 straight-quotes", "21:11 straight-quotes",
                "22:7 unbalanced-brackets", "23:8 doubled-punctuation", "24:7 repeated-character",
                "25:7 space-between-chinese", "26:5 dates-in-text", "27:5 dates-in-text", "33:10 task-dates",
                "34:5 task-owner", "41:19 task-dates", "47:19 own-numbering", "50:13 first-person",
            ])
    }

    @Test func aRuleSwitchedOffFindsNothing() throws {
        let url = Self.corpus.appendingPathComponent("defects.yaml")
        let all = try Self.findings(url)
        let allowed: Set<ProofreadingRule> = [.placeholder, .ownNumbering, .attendance]
        let fewer = try Self.findings(url, proofreader: Proofreader(allowed: allowed))
        #expect(
            fewer.count == all.count
                - all.filter { ["placeholder", "own-numbering", "attendance"].contains($0.rule) }.count)
        #expect(!fewer.contains { ["placeholder", "own-numbering", "attendance"].contains($0.rule) })
    }

    @Test func anOfficeAddsItsOwnWatermarks() throws {
        let text = TestSupport.minimal + "decisions:\n  - 本文来自江临政务网整理\n"
        #expect(try Self.findings(text).isEmpty)
        let found = try Self.findings(text, proofreader: Proofreader(extraWatermarks: ["江临政务网"]))
        #expect(found.map(\.rule) == ["watermark"])
        #expect(found.first?.location.column == 9)
    }

    @Test(arguments: [
        ("二〇〇八年", 0), ("〇〇同志", 1), ("3×4", 0), ("××单位", 1), ("XXL号", 0), ("xx单位", 1), ("高度关注", 0),
        ("TODO：补充", 1), ("TODOS", 0), ("（待定）", 1), ("时间待定", 0), ("的的确确", 0), ("不了了之", 0), ("了了", 1),
        ("“两个确立”", 0), ("“两个确立", 1), ("两个确立”", 1), ("（一）（二）", 0), ("2024年2月29日", 0), ("2026年2月29日", 1),
        ("11月20日（周五）", 0), ("11月20日（周四）", 1), ("联系邮箱 office@example.gov.cn", 1), ("第1.2节", 0),
        ("我局要抓好落实", 0), ("我们要抓好落实", 1), ("坚持自我革命", 0), ("我们党的宝贵经验", 0), ("咱们一起干", 1),
        ("我国", 0), ("对此我再次强调", 1), ("我市、我区各单位", 0), ("我会认真落实", 1), ("忘我工作", 0),
        ("我部署的工作", 1), ("我处理过此事", 1), ("我部要抓好落实", 0), ("我处负责", 0),
    ])
    func precisionAndRecall(text: String, expected: Int) throws {
        let found = try Self.findings(TestSupport.minimal + "decisions:\n  - \"\(text)\"\n")
        #expect(found.count == expected, "\(text): \(found.map(\.description))")
    }

    @Test func firstPersonOnlyInWhatTheMinutesPrint() throws {
        let text =
            TestSupport.minimal + """
                speech:
                  key_points:
                    paragraphs: [我们要聚焦重点。]
                    minutes: [会议强调，我们要聚焦重点。]
                    sections:
                      - heading: 我们的重点
                        paragraphs: [我曾多次讲过。]
                        points:
                          - lead: 我们要抓落实
                            text: 我再次强调。
                """
        let found = try Self.findings(text)
        #expect(found.allSatisfy { $0.rule == "first-person" })
        #expect(
            found.map(\.path) == [
                "speech.key_points.minutes[0]", "speech.key_points.sections[0].heading",
                "speech.key_points.sections[0].points[0].lead",
            ])
    }

    @Test func groupsInPersonListsAreNotNamesRunTogether() throws {
        let group = TestSupport.minimal + "  observers: [各科室、局属单位主要负责同志]\n"
        #expect(try Self.findings(group).isEmpty)
        let meeting = try TestSupport.meeting(group)
        #expect(meeting.info.observers.map(\.name) == ["各科室、局属单位主要负责同志"])
        let runTogether = try Self.findings(TestSupport.minimal + "  attendees: [张明，陈刚]\n")
        #expect(runTogether.map(\.rule) == ["people-list"])
    }

    /// Every finding of every rule names its rule, so `--allow` can silence it; between them the
    /// corpus and these texts make every rule fire.
    @Test func everyFindingNamesItsRule() throws {
        var found = try Self.findings(Self.corpus.appendingPathComponent("defects.yaml"))
        found += try Self.findings(Self.corpus.appendingPathComponent("seed-speech.yaml"))
        found += try Self.findings(TestSupport.minimal + "  attendees: [张明，陈刚]\n")
        var withDirectory = Proofreader()
        withDirectory.directory = OfficeDirectory(people: [Person(name: "王建国")])
        found += try Self.findings(TestSupport.minimal + "  attendees: [王建围]\n", proofreader: withDirectory)
        #expect(found.allSatisfy { $0.rule != nil }, "\(found.filter { $0.rule == nil }.map(\.description))")
        let rules = Set(found.compactMap { $0.rule.flatMap(ProofreadingRule.init(rawValue:)) })
        #expect(
            rules == Set(ProofreadingRule.allCases), "never fired: \(Set(ProofreadingRule.allCases).subtracting(rules))"
        )
        for rule in ProofreadingRule.allCases {
            let fewer = try Self.findings(
                Self.corpus.appendingPathComponent("defects.yaml"), proofreader: Proofreader(allowed: [rule]))
            #expect(!fewer.contains { $0.rule == rule.rawValue }, "--allow \(rule.rawValue) leaves findings")
        }
    }
}
