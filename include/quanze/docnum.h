/**
 * @file quanze/docnum.h
 * @brief 发文字号: reading, writing and checking a document number such as
 *        西政发〔2021〕11号 against GB/T 9704-2012 (7.2.4).
 *
 * A document number is the issuing agency's code (发文机关代字), the year in
 * hexagonal brackets 〔〕 and the serial number followed by 号. The parser is
 * lenient: it reads the forms people actually type (西政发[2021]011号,
 * 西政发〔2021〕第11号) so that the check can name each problem with its place;
 * the formatter writes only the standard form.
 */
#ifndef QUANZE_DOCNUM_H
#define QUANZE_DOCNUM_H

#include "quanze/common.h"
#include "quanze/types.h"

QZ_BEGIN_DECL

/** Room for the agency code, in bytes including the terminating NUL. */
#define QZ_DOCNUM_CODE_SIZE 64
/** Room for a formatted number: code, 〔year〕, serial, 号 and the NUL. */
#define QZ_DOCNUM_BUFSIZE (QZ_DOCNUM_CODE_SIZE + 40)

/** A document number's parts. */
typedef struct qz_docnum {
    char code[QZ_DOCNUM_CODE_SIZE]; /**< 发文机关代字, UTF-8, e.g. "西政发" */
    int year;                       /**< the year as written (2021; 21 when abbreviated) */
    unsigned long serial;           /**< 发文顺序号 */
} qz_docnum;

/**
 * Reads a document number. Accepts the standard form and the common
 * deviations the check reports (other brackets, leading zeros, 第, a missing
 * 号); refuses text without an agency code, a bracketed year and a serial with
 * QZ_EPARSE (the message gives the character offset). Zeroes `*out` on entry.
 */
QZ_EXTERN(int) qz_docnum_parse(qz_docnum *out, const char *text);

/**
 * Writes the standard form `代字〔year〕serial号` into `buf` (`size` bytes,
 * #QZ_DOCNUM_BUFSIZE is always enough). QZ_EINVAL for an empty code or a
 * year outside 1000–9999 (7.2.4 wants the full year), QZ_ELIMIT when `buf`
 * is too small (then `buf` holds the empty string).
 */
QZ_EXTERN(int) qz_docnum_format(char *buf, size_t size, const qz_docnum *num);

/** One problem of a document number. */
typedef struct qz_docnum_finding {
    const char *id;      /**< brackets, leading-zero, ordinal, missing-hao, short-year, year-mismatch,
                              unknown-code, code-issuer, code-kind, zero-serial, syntax (Borrowed: static) */
    size_t offset;       /**< where, in characters (code points) from the start of the text */
    size_t byte_offset;  /**< the same in bytes */
    const char *clause;  /**< the standard's clause, e.g. "GB/T 9704-2012 7.2.4" (Borrowed: static) */
    const char *message; /**< what is wrong, in Chinese (Borrowed: static) */
} qz_docnum_finding;

/** At most this many findings are reported for one number. */
#define QZ_DOCNUM_MAX_FINDINGS 8

/**
 * What a document number is checked against. The agency codes come from the
 * caller (`codes`) or, from version 2, from the rule set of `model`: each
 * issuer's `<agency-code>` entries (docs/documents.md). With a model, a code
 * the rule set does not know is `unknown-code`, a code of another issuer than
 * `issuer` is `code-issuer`, and a code that is not the one the rule set gives
 * `kind` (西政发 on a 函 where 函 has 西政函) is `code-kind`. A rule set
 * without agency codes checks none.
 */
typedef struct qz_docnum_check_options {
    unsigned int version;     /**< #QZ_DOCNUM_CHECK_OPTIONS_VERSION */
    qz_date date;             /**< the signing (or issue) date: the year must be its year */
    int has_date;             /**< 1: check the year against `date` */
    const char *const *codes; /**< the agency codes in use, given by the caller */
    size_t ncodes;            /**< 0: the codes of `model`'s rule set, or none */
    /* version 2 */
    const qz_model *model; /**< (2) the rule set in force on `date` (the model's first without a date)
                                gives the codes; NULL: only `codes` */
    const char *issuer;    /**< (2) the issuer's id: the code must be one of its codes; NULL: not checked */
    const char *kind;      /**< (2) the document kind (id or Chinese name); NULL: not checked */
} qz_docnum_check_options;
/** Version of #qz_docnum_check_options understood by this release (2: model, issuer, kind). */
#define QZ_DOCNUM_CHECK_OPTIONS_VERSION 2
/** Initialiser of #qz_docnum_check_options: no date, no codes, no model. */
#define QZ_DOCNUM_CHECK_OPTIONS_INIT                                     \
    {                                                                    \
        QZ_DOCNUM_CHECK_OPTIONS_VERSION, 0, 0, NULL, 0, NULL, NULL, NULL \
    }
/** Initialises `opt` for `version` (1 ... #QZ_DOCNUM_CHECK_OPTIONS_VERSION). */
QZ_EXTERN(int) qz_docnum_check_options_init(qz_docnum_check_options *opt, unsigned int version);

/**
 * Checks a document number against GB/T 9704-2012 7.2.4 and `opt` (may be
 * NULL: form only). Writes up to `nmax` findings, in the order of their
 * position, and their number to `*nfindings` (0: the number is good); text the
 * parser cannot read is one `syntax` finding at the place it stops. Returns a
 * status: QZ_EINVAL for NULL arguments or a bad options version; with a
 * model, QZ_ERANGE when no rule set is in force on `date`, QZ_ENOTFOUND for
 * an `issuer` or `kind` the rule set does not define.
 */
QZ_EXTERN(int)
qz_docnum_check(qz_docnum_finding *findings, size_t nmax, size_t *nfindings, const char *text,
                const qz_docnum_check_options *opt);

QZ_END_DECL

#endif
