package io.cxlake.generate;

/** The turns of one contact, in reusable buffers (one instance serves the whole run). */
final class Conversation {
  static final int MAX_TURNS = 12;

  final String[] speakers = new String[MAX_TURNS];
  final long[] times = new long[MAX_TURNS];
  final StringBuilder[] texts = new StringBuilder[MAX_TURNS];
  int size;
  /** 1-based turn number holding the planted PII value, or 0. */
  int piiTurnNo;

  Conversation() {
    for (int i = 0; i < MAX_TURNS; i++) {
      texts[i] = new StringBuilder(256);
    }
  }

  void clear() {
    size = 0;
    piiTurnNo = 0;
  }

  /** Starts a new turn and returns its text buffer. */
  StringBuilder add(String speaker) {
    speakers[size] = speaker;
    StringBuilder sb = texts[size];
    sb.setLength(0);
    size++;
    return sb;
  }

  long lastTime() {
    return size == 0 ? Long.MIN_VALUE : times[size - 1];
  }
}
