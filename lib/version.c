#include "quanze/version.h"

int qz_version(void)
{
    return QZ_VERSION_NUMBER;
}

const char *qz_version_string(void)
{
    return QZ_VERSION_STRING;
}
