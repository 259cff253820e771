package io.cxlake.generate;

/** Touchpoints of the contacts feed; {@link #code} is the feed's allowed value. */
enum Channel {
  VOICE("voice", 'V', 50, 1.0),
  CHAT("chat", 'H', 25, 1.5),
  EMAIL("email", 'E', 12, 0.6),
  SOCIAL("social", 'S', 5, 0.4),
  WALK_IN("walk_in", 'W', 8, 1.8);

  final String code;
  /** First letter of the contact id: ids stay unique across the source systems. */
  final char idPrefix;
  /** Share of all contacts in percent. */
  final double mixWeight;
  /** Handle time relative to a voice call (chats run in parallel and are slower, e-mails quicker). */
  final double handleFactor;

  Channel(String code, char idPrefix, double mixWeight, double handleFactor) {
    this.code = code;
    this.idPrefix = idPrefix;
    this.mixWeight = mixWeight;
    this.handleFactor = handleFactor;
  }

  /** Contacts that wait in a live queue and can be abandoned. */
  boolean queued() {
    return this == VOICE || this == CHAT || this == WALK_IN;
  }

  /** The channels whose abandonment is part of the planted patience truth. */
  boolean voiceOrChat() {
    return this == VOICE || this == CHAT;
  }

  static Weighted mix() {
    Channel[] all = values();
    double[] w = new double[all.length];
    for (Channel c : all) {
      w[c.ordinal()] = c.mixWeight;
    }
    return new Weighted(w);
  }
}
