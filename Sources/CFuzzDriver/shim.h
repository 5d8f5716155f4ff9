// libFuzzer's entry point for a program with its own main (compiler-rt's FuzzerInterface.h). Only
// the fuzz builds (Scripts/fuzz: -sanitize=fuzzer) link it; other builds never call it.
#include <stddef.h>
#include <stdint.h>
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
