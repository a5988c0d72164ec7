#ifndef SHENBAO_CLIBZIP_SHIM_H
#define SHENBAO_CLIBZIP_SHIM_H

#include <zip.h>

#endif
