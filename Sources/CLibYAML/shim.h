#ifndef SHENBAO_CLIBYAML_SHIM_H
#define SHENBAO_CLIBYAML_SHIM_H

#include <yaml.h>

#endif
