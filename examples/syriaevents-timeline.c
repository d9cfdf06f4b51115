/* syriaevents-timeline — placeholder CLI (to be written). */
#include <stdio.h>

#include "syriaevents.h"

int main(void)
{
    printf("syriaevents-timeline %s\n", syev_version_string());
    return 0;
}
