#ifndef SHENBAO_CLIBCRYPTO_SHIM_H
#define SHENBAO_CLIBCRYPTO_SHIM_H

#include <openssl/evp.h>

#endif
