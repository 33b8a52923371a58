/**
 * @file quanze.h
 * @brief quanze (权责): who convenes, presides, signs, acts and by when,
 *        under a government's work rules, with the article that says so.
 *
 * The umbrella header: includes every public module header.
 */
#ifndef QUANZE_H
#define QUANZE_H

#include "quanze/common.h"
#include "quanze/types.h"
#include "quanze/version.h"
#include "quanze/errors.h"
#include "quanze/alloc.h"
#include "quanze/init.h"
#include "quanze/date.h"
#include "quanze/calendar.h"
#include "quanze/org.h"
#include "quanze/rules.h"
#include "quanze/answer.h"
#include "quanze/model.h"
#include "quanze/query.h"
#include "quanze/diagnostics.h"
#include "quanze/check.h"
#include "quanze/audit.h"
#include "quanze/docnum.h"
#include "quanze/route.h"
#include "quanze/draft.h"

#endif
