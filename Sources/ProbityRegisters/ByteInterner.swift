import Foundation

/// Interns byte strings: equal bytes get the same dense index (0, 1, 2, … in first-seen order).
///
/// Registers repeat the same typed names and staff ids many times; each distinct value is
/// stored once, and rows keep a 32-bit index.  Open addressing over a power-of-two table.
struct ByteInterner: Sendable {
    private(set) var storage: [UInt8] = []
    /// `ends[i]` is one past the last byte of entry `i`; entry `i` starts at `ends[i - 1]` (or 0).
    private(set) var ends: [Int] = []
    private(set) var hashes: [UInt64] = []
    /// 0 for an empty slot, else (entry index + 1) << 32 | the hash's top 32 bits, so most
    /// probes are settled without touching the entries.
    private var slots: [UInt64]
    private var mask: Int

    init(capacity: Int = 256) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [UInt64](repeating: 0, count: size)
        mask = size - 1
    }

    var count: Int { ends.count }

    func range(_ index: Int) -> Range<Int> { (index == 0 ? 0 : ends[index - 1])..<ends[index] }

    func string(_ index: Int) -> String {
        storage.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[range(index)]), as: UTF8.self) }
    }

    func withBytes<R>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        storage.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[range(index)])) }
    }

    /// The index of `bytes`, adding it if new.
    mutating func intern(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        intern(bytes, hash: Self.hash(bytes))
    }

    mutating func intern(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int32 {
        if let found = find(bytes, hash: hash) { return found }
        if (count + 1) * 2 > slots.count { grow() }
        let index = Int32(count)
        storage.append(contentsOf: bytes)
        ends.append(storage.count)
        hashes.append(hash)
        insertSlot(index, hash: hash)
        return index
    }

    /// The index of `bytes` if present.
    func find(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int32? {
        let tag = hash >> 32
        var slot = Int(truncatingIfNeeded: hash) & mask
        return slots.withUnsafeBufferPointer { table in
            ends.withUnsafeBufferPointer { ends in
                storage.withUnsafeBufferPointer { store in
                    while true {
                        let value = table[slot]
                        if value == 0 { return nil }
                        if value & 0xFFFF_FFFF == tag {
                            let i = Int(value >> 32) - 1
                            let start = i == 0 ? 0 : ends[i - 1]
                            if ends[i] - start == bytes.count, Self.equal(store.baseAddress, start, bytes) {
                                return Int32(i)
                            }
                        }
                        slot = (slot + 1) & mask
                    }
                }
            }
        }
    }

    private static func equal(_ store: UnsafePointer<UInt8>?, _ start: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count > 0 else { return true }
        guard let store, let other = bytes.baseAddress else { return false }
        return memcmp(store + start, other, bytes.count) == 0
    }

    private mutating func insertSlot(_ index: Int32, hash: UInt64) {
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = UInt64(index + 1) << 32 | hash >> 32
    }

    private mutating func grow() {
        let size = slots.count * 2
        slots = [UInt64](repeating: 0, count: size)
        mask = size - 1
        for i in 0..<count { insertSlot(Int32(i), hash: hashes[i]) }
    }

    /// A fast 64-bit hash of a byte string (8 bytes per step, then a final mix).
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
        guard let base = bytes.baseAddress else { return h }
        let raw = UnsafeRawPointer(base)
        var i = 0
        while i + 8 <= bytes.count {
            h = (h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0xBF58_476D_1CE4_E5B9
            h ^= h >> 31
            i += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while i < bytes.count {
            tail |= UInt64(base[i]) << shift
            shift += 8
            i += 1
        }
        h = (h ^ tail) &* 0x94D0_49BB_1331_11EB
        h ^= h >> 29
        h = h &* 0xBF58_476D_1CE4_E5B9
        return h ^ (h >> 32)
    }
}
