#ifndef SHENBAO_CLIBXLSXWRITER_SHIM_H
#define SHENBAO_CLIBXLSXWRITER_SHIM_H

#include <xlsxwriter.h>

#endif
