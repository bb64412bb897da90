// Intentionally empty: the target only exports the declaration in include/FuzzDriver.h; the definition
// comes from libFuzzer's runtime, linked by -sanitize=fuzzer.
#include "FuzzDriver.h"
