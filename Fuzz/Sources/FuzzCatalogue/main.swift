import FuzzDriver

#if canImport(Glibc)
    import Glibc
#endif

// SwiftPM gives this program its own entry point: build the shared state, then hand the command line
// to libFuzzer, which calls `fuzzCatalogue` (in FuzzCatalogue.swift) for every input.
prepare()
var arguments: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
var count = CommandLine.argc
exit(LLVMFuzzerRunDriver(&count, &arguments, fuzzCatalogue))
