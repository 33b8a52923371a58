/**
 * @file quanze/common.h
 * @brief Export macros, C++ guards and the types every module shares.
 */
#ifndef QUANZE_COMMON_H
#define QUANZE_COMMON_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
#define QZ_BEGIN_DECL extern "C" {
#define QZ_END_DECL }
#else
#define QZ_BEGIN_DECL
#define QZ_END_DECL
#endif

/** Marks a function as part of the public, exported API. */
#if defined(_WIN32) && defined(QZ_BUILDING_SHARED)
#define QZ_EXTERN(type) __declspec(dllexport) type
#elif defined(_WIN32) && !defined(QZ_STATIC)
#define QZ_EXTERN(type) __declspec(dllimport) type
#elif defined(__GNUC__)
#define QZ_EXTERN(type) __attribute__((visibility("default"))) type
#else
#define QZ_EXTERN(type) type
#endif

QZ_BEGIN_DECL

/**
 * A calendar date as a day number in the proleptic Gregorian calendar:
 * 1970-01-01 is 0, 1970-01-02 is 1, 1969-12-31 is -1.
 */
typedef int32_t qz_date;

/**
 * Frees memory that the library handed to the caller as a plain buffer
 * (for example the XML text written by a `*_save` function).
 * Accepts NULL.
 */
QZ_EXTERN(void) qz_free(void *ptr);

QZ_END_DECL

#endif
