package io.cxlake.generate;

/** Languages a contact is handled in; {@link #code} is the feeds' allowed value. */
enum Language {
  ZH_HANT("zh-Hant"), ZH_HANS("zh-Hans"), EN("en"), MIXED("mixed");

  final String code;

  Language(String code) {
    this.code = code;
  }

  boolean chinese() {
    return this == ZH_HANT || this == ZH_HANS;
  }
}
