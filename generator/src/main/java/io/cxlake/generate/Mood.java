package io.cxlake.generate;

/** Customer mood planted per contact; shapes wording, resolution and QA scores. */
enum Mood {
  CALM, CONFUSED, ANXIOUS, ANGRY, DISTRUSTFUL;

  final String code = name().toLowerCase(java.util.Locale.ROOT);

  boolean hostile() {
    return this == ANGRY || this == DISTRUSTFUL;
  }
}
