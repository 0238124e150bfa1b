import Dispatch

/// `body(0..<count)` on all cores, results in index order.
///
/// Each iteration writes only its own slot of the result buffer, so the slots never race;
/// this is the module's one use of `nonisolated(unsafe)`.
func parallelMap<T: Sendable>(_ count: Int, _ body: @Sendable (Int) -> T) -> [T] {
    guard count > 1 else { return count == 1 ? [body(0)] : [] }
    var results = [T?](repeating: nil, count: count)
    results.withUnsafeMutableBufferPointer { buffer in
        nonisolated(unsafe) let slots = buffer
        DispatchQueue.concurrentPerform(iterations: count) { index in
            slots[index] = body(index)
        }
    }
    return results.compactMap { $0 }
}
