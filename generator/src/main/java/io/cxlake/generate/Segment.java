package io.cxlake.generate;

/** Customer segment; premium customers get the highest queue priority. */
enum Segment {
  CONSUMER, BUSINESS, PREMIUM;

  final String code = name().toLowerCase(java.util.Locale.ROOT);
}
