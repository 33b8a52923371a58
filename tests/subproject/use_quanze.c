/* The program of the subproject check: links quanze::quanze from a parent
 * project and checks that headers and library agree on the version. */
#include <stdio.h>

#include "quanze.h"

int main(void)
{
    if (qz_version() != QZ_VERSION_NUMBER) {
        fprintf(stderr, "headers %s, library %s\n", QZ_VERSION_STRING, qz_version_string());
        return 1;
    }
    printf("quanze %s\n", qz_version_string());
    return 0;
}
