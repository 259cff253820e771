package io.cxlake.generate;

/** Agent wrap-up codes of answered contacts. */
enum Disposition {
  RESOLVED, FOLLOW_UP, CALLBACK_PROMISED, UNRESOLVED, TRANSFERRED;

  final String code = name().toLowerCase(java.util.Locale.ROOT);
}
