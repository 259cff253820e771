package io.cxlake.generate;

import java.util.Locale;

/** Placeholders in text templates, written {name} in lower case, e.g. {money} or {amt_zh}. */
enum Slot {
  BRAND, AGENT, AGENT_NO, MONEY, AMT_ZH, DAYS, MINS, MINS_ZH, PLAN, NEWPLAN, PLACE, COUNTRY, DEVICE, ORDER,
  COMPETITOR, HOURS, GB, PII;

  final String token = "{" + name().toLowerCase(Locale.ROOT) + "}";
}
