/// A set of Unicode scalars asked about every character of every text: a bit per scalar of the
/// Basic Multilingual Plane (8 KB), where a `Set` would hash each character it is asked about.
struct ScalarBitmap: Sendable {
    private var words = [UInt64](repeating: 0, count: 0x10000 / 64)
    private var beyond: Set<Unicode.Scalar> = []

    init(_ scalars: some Sequence<Unicode.Scalar>) {
        for scalar in scalars {
            if scalar.value < 0x10000 {
                words[Int(scalar.value >> 6)] |= 1 << UInt64(scalar.value & 63)
            } else {
                beyond.insert(scalar)
            }
        }
    }

    func contains(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x10000
            ? words[Int(scalar.value >> 6)] & (1 << UInt64(scalar.value & 63)) != 0 : beyond.contains(scalar)
    }
}
