#ifndef GONGWEN_CLIBXML2_SHIM_H
#define GONGWEN_CLIBXML2_SHIM_H

// Debian's libxml2 is built with ICU; its encoding.h then includes the system
// ICU headers, which clash with the ICU copy inside Foundation on Linux.
// Nothing Gongwen uses needs libxml2's ICU parts, so switch them off before
// any other libxml2 header is read.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlwriter.h>
#include <libxml/relaxng.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <libxml/HTMLparser.h>

// xmlFree is a global function-pointer variable, which Swift 6 refuses to
// touch as shared mutable state; this wrapper calls it from C.
static inline void gongwen_xml_free(void *pointer) { xmlFree(pointer); }

#endif
