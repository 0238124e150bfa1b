/// Stable least-significant-digit radix sorts over 32-bit keys: linear time whatever the
/// input order, where a comparison sort is fast on rows already in order and slower on
/// shuffled ones (registers are exported in any order).
enum RadixSort {
    /// `items` reordered by `key(item)` ascending; items with equal keys keep their order.
    /// Byte positions where every key agrees are skipped (dates span a few thousand days).
    static func stable(_ items: [Int32], key: (Int32) -> UInt32) -> [Int32] {
        guard items.count > 1 else { return items }
        var keys = items.map(key)
        var values = items
        let (low, high) = (keys.min() ?? 0, keys.max() ?? 0)
        var swapKeys = [UInt32](repeating: 0, count: keys.count)
        var swapValues = [Int32](repeating: 0, count: values.count)
        var counts = [Int](repeating: 0, count: 257)
        for shift in stride(from: UInt32(0), to: 32, by: 8) where (low ^ high) >> shift != 0 {
            counts.withUnsafeMutableBufferPointer { counts in
                keys.withUnsafeBufferPointer { keys in
                    values.withUnsafeBufferPointer { values in
                        swapKeys.withUnsafeMutableBufferPointer { outKeys in
                            swapValues.withUnsafeMutableBufferPointer { outValues in
                                pass(shift, keys, values, outKeys, outValues, counts)
                            }
                        }
                    }
                }
            }
            swap(&keys, &swapKeys)
            swap(&values, &swapValues)
        }
        return values
    }

    /// One counting pass on the byte at `shift`, from `keys`/`values` into `outKeys`/`outValues`.
    private static func pass(_ shift: UInt32, _ keys: UnsafeBufferPointer<UInt32>, _ values: UnsafeBufferPointer<Int32>,
                             _ outKeys: UnsafeMutableBufferPointer<UInt32>, _ outValues: UnsafeMutableBufferPointer<Int32>,
                             _ counts: UnsafeMutableBufferPointer<Int>) {
        for i in counts.indices { counts[i] = 0 }
        for k in keys { counts[Int((k >> shift) & 0xFF) + 1] += 1 }
        for d in 0..<256 { counts[d + 1] += counts[d] }
        for i in keys.indices {
            let d = Int((keys[i] >> shift) & 0xFF)
            outKeys[counts[d]] = keys[i]
            outValues[counts[d]] = values[i]
            counts[d] += 1
        }
    }

    /// `items` grouped by `bucket(item)` in `0..<bucketCount` (a stable counting sort), with
    /// the start of each bucket: bucket `b` is `result[starts[b]..<starts[b + 1]]`.
    static func buckets(_ items: [Int32], bucketCount: Int,
                        bucket: (Int32) -> Int) -> (items: [Int32], starts: [Int]) {
        var starts = [Int](repeating: 0, count: bucketCount + 1)
        for item in items { starts[bucket(item) + 1] += 1 }
        for b in 0..<bucketCount { starts[b + 1] += starts[b] }
        var fill = starts
        var out = [Int32](repeating: 0, count: items.count)
        for item in items {
            let b = bucket(item)
            out[fill[b]] = item
            fill[b] += 1
        }
        return (out, starts)
    }
}
