import Foundation

/// The fingerprint office mode records of a file: SHA-256, hex.
public enum OfficeDigest {
    public static func sha256(_ data: Data) -> String { Digest.sha256(data) }
}
