package io.cxlake.generate;

/** What the customer contacts about; drives queue, handle time and base resolution rate. */
enum QueryType {
  BILLING_DISPUTE("billing_dispute", "billing", 420, 0.50),
  ROAMING_ACTIVATION("roaming_activation", "sales", 300, 0.80),
  ROAMING_BILL_SHOCK("roaming_bill_shock", "billing", 480, 0.45),
  PLAN_UPGRADE("plan_upgrade", "sales", 360, 0.75),
  DEVICE_SETUP("device_setup", "technical", 540, 0.70),
  NETWORK_OUTAGE("network_outage", "technical", 300, 0.40),
  COMPENSATION_REQUEST("compensation_request", "billing", 400, 0.35),
  CANCEL_SERVICE("cancel_service", "retention", 600, 0.30),
  PASSWORD_RESET("password_reset", "technical", 180, 0.85),
  DELIVERY_STATUS("delivery_status", "logistics", 150, 0.80);

  final String code;
  /** Skill group; the queue name is channel_group, e.g. voice_billing. */
  final String group;
  /** Median handle seconds of a voice call. */
  final double handleMedianSeconds;
  /** Probability that an answered, calm contact of a loyal customer ends resolved. */
  final double baseResolveRate;

  QueryType(String code, String group, double handleMedianSeconds, double baseResolveRate) {
    this.code = code;
    this.group = group;
    this.handleMedianSeconds = handleMedianSeconds;
    this.baseResolveRate = baseResolveRate;
  }
}
