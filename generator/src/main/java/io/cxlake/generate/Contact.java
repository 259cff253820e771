package io.cxlake.generate;

/**
 * One contact while a day is being generated: first the plan (who, why, when), then the service outcome
 * and conversation facts. Mutable on purpose: a day holds ~10^5 of these and they are discarded after it.
 */
final class Contact {
  // plan
  int customer;
  Channel channel;
  QueryType queryType;
  Mood mood;
  Goal goal;
  /** 0 = background, 1..12 = planted scenario number. */
  int scenario;
  long arrival;
  int site;
  int priority;
  Language language;
  /** Need rule index that planted this contact, or -1. */
  int followRule = -1;
  String followFirstContactId;
  /** Last scheduled contact of a churner: its cancellation follows. */
  boolean churnerLast;

  // outcome
  String id;
  boolean answered;
  boolean misdial;
  long waitSeconds;
  long handleSeconds;
  long answeredTime = -1;
  long abandonedTime = -1;
  long endTime;
  int transfers;
  Disposition disposition;
  /** Agent number within the site (1-based), or 0 when nobody handled the contact. */
  int agent;
  boolean late;

  // conversation facts used by QA scoring
  boolean empathyShown;
  boolean ownershipShown;
  boolean guaranteeStated;

  boolean resolved() {
    return answered && disposition == Disposition.RESOLVED;
  }
}
