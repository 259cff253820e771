package io.cxlake.generate;

/** What the customer wants out of the contact. */
enum Goal {
  RESOLVE_PROBLEM, GET_INFORMATION, MAKE_CHANGE, COMPLAIN, CANCEL;

  final String code = name().toLowerCase(java.util.Locale.ROOT);
}
