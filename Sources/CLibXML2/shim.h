#ifndef SHENBAO_CLIBXML2_SHIM_H
#define SHENBAO_CLIBXML2_SHIM_H

// xmlversion.h first: it defines LIBXML_ICU_ENABLED, which would make the other headers pull in
// ICU's unicode/ucnv.h and clash with the ICU module Foundation carries.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlsave.h>

// xmlFree is a global function pointer, which Swift's strict concurrency cannot call safely.
static inline void shenbao_xml_free(void *pointer) { xmlFree(pointer); }

// Some libxml2 errors (a huge text node, memory) go to the generic error handler, which prints
// to standard error whatever the parser options say. The handler is variadic, so it is written
// here; errors are read from xmlGetLastError instead. The setting is per thread.
static void shenbao_xml_ignore(void *context, const char *message, ...) {
  (void)context;
  (void)message;
}
static inline void shenbao_xml_silence(void) { xmlSetGenericErrorFunc(NULL, shenbao_xml_ignore); }

#endif
