/// libFuzzer's entry point: one input to the selected target (PROBITY_FUZZ_TARGET). Built by
/// scripts/fuzz with `-sanitize=fuzzer,address`; libFuzzer supplies `main`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    FuzzTarget.selected.run(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}
