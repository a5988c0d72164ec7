#include "FuzzDriver.h"

#include <stdio.h>

// libFuzzer's entry, present only when the binary is linked with -sanitize=fuzzer: declared
// weak, so the harnesses also build (and say what to do) in an ordinary build.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size))
    __attribute__((weak));

int shenbao_fuzz_run(int argc, char **argv, int (*callback)(const uint8_t *data, size_t size)) {
  if (!LLVMFuzzerRunDriver) {
    fprintf(stderr, "%s: built without libFuzzer; run `make fuzz` to build and run the fuzzers\n",
            argc > 0 ? argv[0] : "fuzz");
    return 2;
  }
  return LLVMFuzzerRunDriver(&argc, &argv, callback);
}
