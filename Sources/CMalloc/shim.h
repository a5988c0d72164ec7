#ifndef SHENBAO_CMALLOC_SHIM_H
#define SHENBAO_CMALLOC_SHIM_H

#include <malloc.h>

#endif
