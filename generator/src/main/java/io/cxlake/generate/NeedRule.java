package io.cxlake.generate;

import java.util.List;

/**
 * A planted latent-need sequence: a contact about {@code trigger} is followed, with {@code probability},
 * by a contact of the same customer about {@code followUp} between {@code minDays} and {@code maxDays}
 * calendar days later (planted only when that day lies inside the window).
 */
record NeedRule(String id, QueryType trigger, QueryType followUp, int minDays, int maxDays, double probability,
    boolean onlyIfUnresolved) {

  static final List<NeedRule> ALL = List.of(
      new NeedRule("roaming_activation_to_roaming_bill_shock", QueryType.ROAMING_ACTIVATION,
          QueryType.ROAMING_BILL_SHOCK, 3, 14, 0.40, false),
      new NeedRule("plan_upgrade_to_device_setup", QueryType.PLAN_UPGRADE, QueryType.DEVICE_SETUP, 1, 5, 0.50,
          false),
      new NeedRule("network_outage_to_compensation_request", QueryType.NETWORK_OUTAGE,
          QueryType.COMPENSATION_REQUEST, 1, 7, 0.35, false),
      new NeedRule("unresolved_billing_dispute_to_repeat_billing_dispute", QueryType.BILLING_DISPUTE,
          QueryType.BILLING_DISPUTE, 2, 10, 0.50, true));

  String condition() {
    return onlyIfUnresolved ? "trigger contact abandoned or not resolved" : "any trigger contact";
  }
}
