package io.cxlake.generate;

/** What the customer wants out of the contact; the codes are the text job's goal labels. */
enum Goal {
  FIX, INFORM, PURCHASE, COMPLAIN, CANCEL;

  final String code = name().toLowerCase(java.util.Locale.ROOT);
}
