import Foundation
import Testing

@testable import GongwenOffice

@Suite struct AccountsTests {
    @Test func aPasswordIsKeptOnlyAsABcryptHash() throws {
        let office = try OfficeFixture()
        defer { office.remove() }
        try office.accounts.add("zhangli", password: "春风又绿江南岸了", actor: "gongwen", address: "local")
        let stored = try #require(try office.accounts.hash(of: "zhangli"))
        #expect(stored.hasPrefix("$2b$04$"))
        #expect(!stored.contains("春风"))
        let bytes = try Data(contentsOf: office.folder.appendingPathComponent(OfficeDatabase.path))
        #expect(bytes.range(of: Data("春风又绿江南岸了".utf8)) == nil)
    }

    @Test func shortPasswordsNamesAndDuplicatesAreRefusedInTheClerksWords() throws {
        let office = try OfficeFixture()
        defer { office.remove() }
        #expect(throws: OfficeError.self) { try office.accounts.add("li", password: "short", actor: "a", address: "l") }
        #expect(throws: OfficeError.self) {
            try office.accounts.add("lisimeng", password: "lisimeng", actor: "a", address: "l")
        }
        #expect(throws: OfficeError.self) {
            try office.accounts.add("li si", password: "long enough", actor: "a", address: "l")
        }
        try office.accounts.add("lisi", password: "long enough", actor: "a", address: "l")
        do {
            try office.accounts.add("lisi", password: "long enough", actor: "a", address: "l")
            Issue.record("a second account of one name was made")
        } catch {
            #expect(error.message.text(in: .zh).contains("已存在"))
        }
    }

    @Test func signInGivesTheSameAnswerForAWrongPasswordAndANameThatIsNoAccount() throws {
        let office = try OfficeFixture()
        defer { office.remove() }
        try office.accounts.add("zhangli", password: "correct horse", actor: "a", address: "l")
        #expect(try office.gate.signIn("zhangli", password: "wrong one", address: "10.0.0.9") == .refused)
        #expect(try office.gate.signIn("nobody", password: "wrong one", address: "10.0.0.8") == .refused)
        guard case .signedIn(let started) = try office.gate.signIn("zhangli", password: "correct horse", address: "x")
        else { Issue.record("the right password was refused"); return }
        #expect(try office.sessions.current(started.token)?.account == "zhangli")
        // The name of no account never reaches the trail: it may be a password typed in the wrong box.
        #expect(try office.trail.entries().map(\.actor) == ["a", "zhangli", "-", "zhangli"])
    }

    @Test func fiveFailuresLockAnAccountForAGrowingTimeWhetherOrNotItExists() throws {
        let office = try OfficeFixture()
        defer { office.remove() }
        try office.accounts.add("wangjianguo", password: "correct horse", actor: "a", address: "l")
        let start = Date(timeIntervalSince1970: 2_000_000_000)
        for name in ["wangjianguo", "ghost"] {
            for attempt in 0..<5 {
                let outcome = try office.gate.signIn(
                    name, password: "guess \(attempt)", address: "10.0.0.\(attempt)", now: start)
                #expect(outcome == .refused)
            }
            // Even the right password waits now, from any address.
            let locked = try office.gate.signIn(
                name, password: "correct horse", address: "10.9.9.9", now: start.addingTimeInterval(30))
            #expect(locked == .waiting(seconds: 30))
        }
        // After the minute, one more failure locks for two.
        let later = start.addingTimeInterval(61)
        #expect(try office.gate.signIn("wangjianguo", password: "nope", address: "10.1.1.1", now: later) == .refused)
        #expect(
            try office.gate.signIn("wangjianguo", password: "correct horse", address: "10.1.1.2", now: later)
                == .waiting(seconds: 120))
        // A new password lifts the lock.
        try office.accounts.setPassword("wangjianguo", password: "battery staple", actor: "admin", address: "l")
        guard
            case .signedIn = try office.gate.signIn(
                "wangjianguo", password: "battery staple", address: "10.1.1.3", now: later)
        else { Issue.record("the lock stayed after a new password"); return }
    }

    @Test func oneAddressGuessingManyNamesIsLockedToo() throws {
        let office = try OfficeFixture()
        defer { office.remove() }
        try office.accounts.add("zhaomin", password: "correct horse", actor: "a", address: "l")
        let now = Date(timeIntervalSince1970: 2_000_000_000)
        // A clerk's slips beside the others' sign-ins do not lock the office's one address…
        for index in 0..<19 {
            _ = try office.gate.signIn("name\(index)", password: "x", address: "10.0.0.66", now: now)
        }
        guard
            case .signedIn = try office.gate.signIn(
                "zhaomin", password: "correct horse", address: "10.0.0.66", now: now)
        else { Issue.record("19 failures from one address locked it"); return }
        // …but a right password does not start its count over (an insider signing in between
        // guesses would guess for ever): the twentieth failure locks it.
        _ = try office.gate.signIn("name19", password: "x", address: "10.0.0.66", now: now)
        #expect(
            try office.gate.signIn("zhaomin", password: "correct horse", address: "10.0.0.66", now: now)
                == .waiting(seconds: 60))
    }

    @Test func sessionsEndOnSignOutIdleTimeLifetimeAndDisabling() throws {
        let office = try OfficeFixture()
        defer { office.remove() }
        try office.accounts.add("liqiang", password: "correct horse", actor: "a", address: "l")
        let now = Date()
        func signIn() throws -> String {
            guard
                case .signedIn(let started) = try office.gate.signIn(
                    "liqiang", password: "correct horse", address: "x", now: now)
            else { throw OfficeError(.signInRefused) }
            return started.token
        }
        let token = try signIn()
        #expect(try office.sessions.current(token, now: now.addingTimeInterval(599)) != nil)
        #expect(try office.sessions.current(token, now: now.addingTimeInterval(599 + 601)) == nil)
        let second = try signIn()
        #expect(try office.sessions.current(second, now: now.addingTimeInterval(3601)) == nil)
        let third = try signIn()
        try office.sessions.end(third, address: "x")
        #expect(try office.sessions.current(third, now: now) == nil)
        let fourth = try signIn()
        try office.accounts.setDisabled("liqiang", true, actor: "admin", address: "l")
        #expect(try office.sessions.current(fourth, now: now) == nil)
        #expect(try office.sessions.current("forged" + fourth.dropFirst(6), now: now) == nil)
    }
}
