#ifndef KCPLINT_FUZZ_DRIVER_H
#define KCPLINT_FUZZ_DRIVER_H

#include <stddef.h>
#include <stdint.h>

// libFuzzer's entry point for programs that have their own `main` (compiler-rt, LLVM 11 and later).
// SwiftPM gives every executable target a `main` of its own, so the targets call this instead of
// linking libFuzzer's `main`.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

#endif
