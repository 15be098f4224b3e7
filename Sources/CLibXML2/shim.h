#ifndef CLAIMDESK_CLIBXML2_SHIM_H
#define CLAIMDESK_CLIBXML2_SHIM_H
// Debian's libxml2 headers pull in ICU headers that clash with Foundation's ICU module
// ("'UErrorCode' has different definitions"): read the version header, drop ICU, then the rest.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>
#include <libxml/parser.h>
#include <libxml/xmlerror.h>
#endif
