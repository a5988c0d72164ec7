#ifndef SHENBAO_FUZZ_DRIVER_H
#define SHENBAO_FUZZ_DRIVER_H

#include <stddef.h>
#include <stdint.h>

/// Runs libFuzzer over `callback` with the process's arguments, when the binary was built with
/// `-sanitize=fuzzer`; otherwise says how to build it and returns 2.
int shenbao_fuzz_run(int argc, char **argv, int (*callback)(const uint8_t *data, size_t size));

#endif
