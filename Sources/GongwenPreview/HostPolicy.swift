/// Which `Host` headers the preview answers: its own address, the loopback names, and the names the
/// user allows. Any other name is a web page reaching the preview through a rebinding domain
/// (`attacker.example` resolving to 127.0.0.1) and gets no content.
public struct HostPolicy: Sendable {
    /// Lower-cased host names (IPv6 without brackets).
    let names: Set<String>
    /// The port a `Host` header may carry, or nil for any (in-memory tests).
    let port: Int?

    /// Allows `bound` (the address the server listens on), `localhost`, `127.0.0.1`, `::1` and `extra`.
    public init(bound: String = "127.0.0.1", port: Int? = nil, extra: [String] = []) {
        var names: Set<String> = ["localhost", "127.0.0.1", "::1"]
        for name in [bound] + extra { names.insert(Self.bare(name.lowercased())) }
        self.names = names
        self.port = port
    }

    /// Whether a request whose `Host` header is `authority` (nil when it has none) may be answered.
    /// Browsers always send `Host`, so a request without one is not a page's.
    public func allows(_ authority: String?) -> Bool {
        guard let authority else { return true }
        let value = authority.lowercased()
        var host = Substring(value)
        var givenPort: Substring?
        if value.hasPrefix("[") {
            guard let close = value.firstIndex(of: "]") else { return false }
            host = value[value.index(after: value.startIndex)..<close]
            let rest = value[value.index(after: close)...]
            if !rest.isEmpty {
                guard rest.hasPrefix(":") else { return false }
                givenPort = rest.dropFirst()
            }
        } else if let colon = value.lastIndex(of: ":") {
            host = value[..<colon]
            givenPort = value[value.index(after: colon)...]
        }
        guard names.contains(String(host)) else { return false }
        guard let givenPort else { return true }
        guard let number = Int(givenPort) else { return false }
        return port.map { $0 == number } ?? true
    }

    private static func bare(_ name: String) -> String {
        name.hasPrefix("[") && name.hasSuffix("]") ? String(name.dropFirst().dropLast()) : name
    }
}
