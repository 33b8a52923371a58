/* The optional start-up for servers (include/quanze/init.h): the built-in
 * schemas compiled once into the XML reader's cache instead of per load. */
#include "quanze/init.h"

#include "embedded.h"
#include "error.h"
#include "xml.h"

/* The same texts the loaders use: the cache is keyed by the text. */
static const qz_xml_schema schemas[] = {
    QZ_XML_SCHEMA_INIT(qz__embedded_calendar_xsd, qz__embedded_calendar_xsd_size, "calendar.xsd"),
    QZ_XML_SCHEMA_INIT(qz__embedded_org_xsd, qz__embedded_org_xsd_size, "org.xsd"),
    QZ_XML_SCHEMA_INIT(qz__embedded_rules_xsd, qz__embedded_rules_xsd_size, "rules.xsd"),
    QZ_XML_SCHEMA_INIT(qz__embedded_records_xsd, qz__embedded_records_xsd_size, "records.xsd"),
};

int qz_init(void)
{
    int rc = qz__xml_init();
    for (size_t i = 0; rc == QZ_OK && i < sizeof(schemas) / sizeof(schemas[0]); i++)
        rc = qz__xml_schema_cache(&schemas[i]);
    return rc;
}

void qz_shutdown(void)
{
    qz__xml_schema_uncache_all();
}
