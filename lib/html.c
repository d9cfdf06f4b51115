/* html.c — stub, to be written. */
#include "syev_private.h"

typedef int syevp_stub_html;
