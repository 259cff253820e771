package io.cxlake.generate;

/** Kinds of personal data planted into customer turns; {@link #code} appears in planted_pii.csv. */
enum PiiType {
  TW_MOBILE("tw_mobile", Kind.PHONE),
  CN_MOBILE("cn_mobile", Kind.PHONE),
  MY_MOBILE("my_mobile", Kind.PHONE),
  SG_MOBILE("sg_mobile", Kind.PHONE),
  EMAIL("email", Kind.EMAIL),
  TW_NATIONAL_ID("tw_national_id", Kind.NATIONAL_ID),
  CN_NATIONAL_ID("cn_national_id", Kind.NATIONAL_ID),
  CARD_NUMBER("card_number", Kind.CARD);

  /** Sentence family a value is embedded with ("my number is ...", "my card ..."). */
  enum Kind { PHONE, EMAIL, NATIONAL_ID, CARD }

  final String code;
  final Kind kind;

  PiiType(String code, Kind kind) {
    this.code = code;
    this.kind = kind;
  }
}
