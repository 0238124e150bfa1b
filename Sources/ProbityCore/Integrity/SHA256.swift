/// SHA-256 (FIPS 180-4, section 6.2) in pure Swift.
///
/// Used by the tamper-evident moderation log. The hasher is a small value type: it holds the
/// eight-word chaining state, one 64-byte block of pending input and the running message length,
/// and never allocates on the hot path.
///
/// ```swift
/// var hasher = SHA256()
/// hasher.update(header)
/// hasher.update(payload)
/// let digest = hasher.finalize()      // hasher itself is unchanged and may keep absorbing
///
/// let oneShot = SHA256.hash("abc")    // UTF-8 of the string
/// ```
public struct SHA256: Sendable {
    /// Size of one compression block, in bytes.
    public static let blockByteCount = 64
    /// Size of the digest, in bytes.
    public static let digestByteCount = 32

    /// 64 bytes of not-yet-compressed input, stored inline (no heap allocation).
    private typealias Block = (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64)

    private var state = State.initial
    private var block: Block = (0, 0, 0, 0, 0, 0, 0, 0)
    /// Number of valid bytes at the front of `block` (always `0..<64` between calls).
    private var bufferedCount = 0
    /// Total message length so far, in bytes (modulo 2^64).
    private var messageLength: UInt64 = 0

    /// Creates a hasher for an empty message.
    public init() {}

    // MARK: - One-shot

    /// The SHA-256 digest of `bytes`.
    public static func hash(_ bytes: [UInt8]) -> SHA256Digest {
        var hasher = SHA256()
        hasher.update(bytes)
        return hasher.finalize()
    }

    /// The SHA-256 digest of the UTF-8 encoding of `string`.
    public static func hash(_ string: String) -> SHA256Digest {
        var hasher = SHA256()
        hasher.update(string)
        return hasher.finalize()
    }

    /// The SHA-256 digest of the bytes in `buffer`.
    public static func hash(_ buffer: UnsafeRawBufferPointer) -> SHA256Digest {
        var hasher = SHA256()
        hasher.update(buffer)
        return hasher.finalize()
    }

    // MARK: - Incremental

    /// Absorbs the bytes of `buffer`. This is the fast path every other `update` funnels into.
    public mutating func update(_ buffer: UnsafeRawBufferPointer) {
        guard !buffer.isEmpty else { return }
        messageLength &+= UInt64(buffer.count)
        var input = buffer[...]

        // 1. Top up a partially filled block.
        if bufferedCount > 0 {
            let take = Swift.min(Self.blockByteCount - bufferedCount, input.count)
            let start = bufferedCount
            let source = UnsafeRawBufferPointer(rebasing: input.prefix(take))
            withUnsafeMutableBytes(of: &block) { dst in
                UnsafeMutableRawBufferPointer(rebasing: dst[start ..< start + take]).copyMemory(from: source)
            }
            bufferedCount += take
            input = input.dropFirst(take)
            guard bufferedCount == Self.blockByteCount else { return }
            compressBufferedBlock()
        }

        // 2. Compress whole blocks straight from the caller's memory.
        let wholeBytes = input.count - input.count % Self.blockByteCount
        if wholeBytes > 0 {
            state.compress(UnsafeRawBufferPointer(rebasing: input.prefix(wholeBytes)))
            input = input.dropFirst(wholeBytes)
        }

        // 3. Keep the tail for later.
        if !input.isEmpty {
            let source = UnsafeRawBufferPointer(rebasing: input)
            withUnsafeMutableBytes(of: &block) { dst in
                UnsafeMutableRawBufferPointer(rebasing: dst[0 ..< source.count]).copyMemory(from: source)
            }
            bufferedCount = source.count
        }
    }

    /// Absorbs `data`.
    public mutating func update(_ data: [UInt8]) {
        data.withUnsafeBytes { update($0) }
    }

    /// Absorbs the UTF-8 encoding of `string`.
    public mutating func update(_ string: String) {
        var string = string
        string.withUTF8 { update(UnsafeRawBufferPointer($0)) }
    }

    /// Absorbs an arbitrary byte sequence. Contiguous collections (`Array`, `ArraySlice`,
    /// `Data`, `String.UTF8View`, ...) take the buffer fast path; anything else is copied into
    /// the pending block one byte at a time, without intermediate allocation.
    public mutating func update(_ bytes: some Sequence<UInt8>) {
        let handled: Void? = bytes.withContiguousStorageIfAvailable { update(UnsafeRawBufferPointer($0)) }
        if handled != nil { return }

        var iterator = bytes.makeIterator()
        var exhausted = false
        while !exhausted {
            let start = bufferedCount
            var filled = start
            withUnsafeMutableBytes(of: &block) { dst in
                while filled < dst.count {
                    guard let byte = iterator.next() else {
                        exhausted = true
                        return
                    }
                    dst[filled] = byte
                    filled += 1
                }
            }
            messageLength &+= UInt64(filled - start)
            bufferedCount = filled
            if bufferedCount == Self.blockByteCount {
                compressBufferedBlock()
            }
        }
    }

    /// The digest of everything absorbed so far. Does not modify the hasher: padding is applied
    /// to a copy, so more input may be added afterwards (yielding the digest of the longer message).
    public func finalize() -> SHA256Digest {
        var copy = self
        let bitLength = messageLength &* 8
        // 0x80, then zeros up to 56 mod 64, then the 64-bit big-endian bit length.
        let zeroCount = (Self.blockByteCount + 55 - bufferedCount) % Self.blockByteCount
        var padding = [UInt8](repeating: 0, count: 1 + zeroCount + 8)
        padding[0] = 0x80
        for index in 0 ..< 8 {
            padding[padding.count - 1 - index] = UInt8(truncatingIfNeeded: bitLength >> (8 * UInt64(index)))
        }
        copy.update(padding)
        return copy.state.digest
    }

    // MARK: - Internals

    private mutating func compressBufferedBlock() {
        let pending = block
        var newState = state
        withUnsafeBytes(of: pending) { newState.compress($0) }
        state = newState
        bufferedCount = 0
    }

    /// The eight working hash words H0...H7.
    private struct State: Sendable {
        var h0, h1, h2, h3, h4, h5, h6, h7: UInt32

        /// FIPS 180-4 §5.3.3: first 32 bits of the fractional parts of the square roots of the
        /// first eight primes.
        static let initial = State(
            h0: 0x6A09_E667, h1: 0xBB67_AE85, h2: 0x3C6E_F372, h3: 0xA54F_F53A,
            h4: 0x510E_527F, h5: 0x9B05_688C, h6: 0x1F83_D9AB, h7: 0x5BE0_CD19
        )

        var digest: SHA256Digest {
            SHA256Digest(
                words: (UInt64(h0) << 32) | UInt64(h1),
                (UInt64(h2) << 32) | UInt64(h3),
                (UInt64(h4) << 32) | UInt64(h5),
                (UInt64(h6) << 32) | UInt64(h7)
            )
        }

        /// Runs the compression function over every 64-byte block of `data`
        /// (`data.count` must be a multiple of 64).
        mutating func compress(_ data: UnsafeRawBufferPointer) {
            let blocks = data.count / SHA256.blockByteCount
            guard blocks > 0 else { return }
            var h0 = self.h0, h1 = self.h1, h2 = self.h2, h3 = self.h3
            var h4 = self.h4, h5 = self.h5, h6 = self.h6, h7 = self.h7

            withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { w in
                SHA256.roundConstants.withUnsafeBufferPointer { k in
                    for blockIndex in 0 ..< blocks {
                        let base = blockIndex &* SHA256.blockByteCount
                        // §6.2.2 step 1: message schedule.
                        for t in 0 ..< 16 {
                            w[t] = UInt32(bigEndian: data.loadUnaligned(fromByteOffset: base &+ t &* 4, as: UInt32.self))
                        }
                        for t in 16 ..< 64 {
                            let w15 = w[t &- 15], w2 = w[t &- 2]
                            let s0 = rotr(w15, 7) ^ rotr(w15, 18) ^ (w15 &>> 3)
                            let s1 = rotr(w2, 17) ^ rotr(w2, 19) ^ (w2 &>> 10)
                            w[t] = w[t &- 16] &+ s0 &+ w[t &- 7] &+ s1
                        }

                        // Steps 2-3: 64 rounds.
                        var a = h0, b = h1, c = h2, d = h3, e = h4, f = h5, g = h6, h = h7
                        for t in 0 ..< 64 {
                            let bigSigma1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)
                            let choose = (e & f) ^ (~e & g)
                            let t1 = h &+ bigSigma1 &+ choose &+ k[t] &+ w[t]
                            let bigSigma0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)
                            let majority = (a & b) ^ (a & c) ^ (b & c)
                            let t2 = bigSigma0 &+ majority
                            h = g
                            g = f
                            f = e
                            e = d &+ t1
                            d = c
                            c = b
                            b = a
                            a = t1 &+ t2
                        }

                        // Step 4: intermediate hash value.
                        h0 &+= a
                        h1 &+= b
                        h2 &+= c
                        h3 &+= d
                        h4 &+= e
                        h5 &+= f
                        h6 &+= g
                        h7 &+= h
                    }
                }
            }

            self.h0 = h0
            self.h1 = h1
            self.h2 = h2
            self.h3 = h3
            self.h4 = h4
            self.h5 = h5
            self.h6 = h6
            self.h7 = h7
        }
    }

    /// FIPS 180-4 §4.2.2: first 32 bits of the fractional parts of the cube roots of the first
    /// sixty-four primes.
    private static let roundConstants: [UInt32] = [
        0x428A_2F98, 0x7137_4491, 0xB5C0_FBCF, 0xE9B5_DBA5, 0x3956_C25B, 0x59F1_11F1, 0x923F_82A4, 0xAB1C_5ED5,
        0xD807_AA98, 0x1283_5B01, 0x2431_85BE, 0x550C_7DC3, 0x72BE_5D74, 0x80DE_B1FE, 0x9BDC_06A7, 0xC19B_F174,
        0xE49B_69C1, 0xEFBE_4786, 0x0FC1_9DC6, 0x240C_A1CC, 0x2DE9_2C6F, 0x4A74_84AA, 0x5CB0_A9DC, 0x76F9_88DA,
        0x983E_5152, 0xA831_C66D, 0xB003_27C8, 0xBF59_7FC7, 0xC6E0_0BF3, 0xD5A7_9147, 0x06CA_6351, 0x1429_2967,
        0x27B7_0A85, 0x2E1B_2138, 0x4D2C_6DFC, 0x5338_0D13, 0x650A_7354, 0x766A_0ABB, 0x81C2_C92E, 0x9272_2C85,
        0xA2BF_E8A1, 0xA81A_664B, 0xC24B_8B70, 0xC76C_51A3, 0xD192_E819, 0xD699_0624, 0xF40E_3585, 0x106A_A070,
        0x19A4_C116, 0x1E37_6C08, 0x2748_774C, 0x34B0_BCB5, 0x391C_0CB3, 0x4ED8_AA4A, 0x5B9C_CA4F, 0x682E_6FF3,
        0x748F_82EE, 0x78A5_636F, 0x84C8_7814, 0x8CC7_0208, 0x90BE_FFFA, 0xA450_6CEB, 0xBEF9_A3F7, 0xC671_78F2,
    ]
}

@inline(__always)
private func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 {
    (x &>> n) | (x &<< (32 &- n))
}
