import Foundation
import Testing

@testable import Gongwen

@Suite struct ContentHashTests {
    /// The published FNV-1a test vectors: a kept index written by an earlier build stays valid
    /// only while the hash is the same function.
    @Test func matchesFNV1aReferenceValues() {
        #expect(ContentHash.of(Data()) == 0xcbf2_9ce4_8422_2325)
        #expect(ContentHash.of(Data("a".utf8)) == 0xaf63_dc4c_8601_ec8c)
        #expect(ContentHash.of(Data("foobar".utf8)) == 0x8594_4171_f739_67e8)
    }

    /// A slice of a larger buffer hashes as its own bytes, not from the buffer's start.
    @Test func hashesASliceByItsOwnBytes() {
        let whole = Data("xxfoobar".utf8)
        #expect(ContentHash.of(whole.dropFirst(2)) == ContentHash.of(Data("foobar".utf8)))
        #expect(MeetingFileName.fingerprint(Data("foobar".utf8)) == "85944171f73967e8")
    }
}
