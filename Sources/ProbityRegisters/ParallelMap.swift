import Dispatch
import Synchronization

/// `body(0..<count)` on all cores, results in index order. Called once per chunk or per
/// register, so the lock around storing each result costs nothing measurable.
func parallelMap<T: Sendable>(_ count: Int, _ body: @Sendable (Int) -> T) -> [T] {
    guard count > 1 else { return count == 1 ? [body(0)] : [] }
    let results = Mutex([T?](repeating: nil, count: count))
    DispatchQueue.concurrentPerform(iterations: count) { index in
        let value = body(index)
        results.withLock { $0[index] = value }
    }
    return results.withLock { $0.compactMap { $0 } }
}

/// The concatenation of `counts.count` parts, part `k` having `counts[k]` elements, each part
/// written straight into its place by `body(k, slot)` on all cores; `body` must initialise
/// every element of its slot. Saves building each part and copying it again. Parts write
/// disjoint slices of one buffer, so they never race. This is the module's one use of
/// `nonisolated(unsafe)`: it keeps the size-L run from copying 2 million rows a second time.
func parallelConcat<T: Sendable>(_ counts: [Int], _ body: @Sendable (Int, UnsafeMutableBufferPointer<T>) -> Void) -> [T] {
    var offsets = [0]
    for count in counts { offsets.append((offsets.last ?? 0) + count) }
    let total = offsets.last ?? 0
    let starts = offsets
    return [T](unsafeUninitializedCapacity: total) { buffer, initialized in
        nonisolated(unsafe) let slots = buffer
        DispatchQueue.concurrentPerform(iterations: counts.count) { part in
            body(part, UnsafeMutableBufferPointer(rebasing: slots[starts[part]..<starts[part + 1]]))
        }
        initialized = total
    }
}
