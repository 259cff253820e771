package io.cxlake.tolerance;

import static io.cxlake.tolerance.ToleranceColumns.CHANNEL;
import static io.cxlake.tolerance.ToleranceColumns.CONTACT_DATE;
import static io.cxlake.tolerance.ToleranceColumns.EVENT;
import static io.cxlake.tolerance.ToleranceColumns.HANDLE;
import static io.cxlake.tolerance.ToleranceColumns.INTERVAL_START;
import static io.cxlake.tolerance.ToleranceColumns.NEVER_QUEUED;
import static io.cxlake.tolerance.ToleranceColumns.OBSERVED;
import static io.cxlake.tolerance.ToleranceColumns.PRIORITY;
import static io.cxlake.tolerance.ToleranceColumns.REGION;
import static io.cxlake.tolerance.ToleranceColumns.SHORT_ABANDON;
import static io.cxlake.tolerance.ToleranceColumns.TOD_BAND;
import static io.cxlake.tolerance.ToleranceColumns.USE;
import static io.cxlake.tolerance.ToleranceColumns.WAIT;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.floor;
import static org.apache.spark.sql.functions.from_utc_timestamp;
import static org.apache.spark.sql.functions.hour;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.minute;
import static org.apache.spark.sql.functions.when;

import io.cxlake.schema.TableColumns.SilverContacts;
import java.time.LocalDate;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * From silver contacts to patience observations: one row per contact of the window with its wait, whether the
 * wait ended in abandonment (an event) or in service (censored: patience was longer), and why a contact is not
 * an observation at all (it never queued, or it was a mis-dial). Nothing is dropped: the job counts every kind.
 */
public final class PatienceObservations {

  private PatienceObservations() {}

  /** The contacts of the window ending at {@code runDate}. */
  static Dataset<Row> window(Dataset<Row> silverContacts, LocalDate runDate, int days) {
    return silverContacts.where(col(CONTACT_DATE).between(java.sql.Date.valueOf(runDate.minusDays(days - 1L)),
        java.sql.Date.valueOf(runDate)));
  }

  static Dataset<Row> observe(Dataset<Row> contacts, ToleranceSettings s) {
    Column abandoned = col(SilverContacts.ABANDONED_TIME).isNotNull();
    Column queued = col(CHANNEL).isin(s.queuedChannels().toArray()).and(col(WAIT).isNotNull())
        .and(abandoned.or(col(WAIT).gt(0)));
    Column shortAbandon = abandoned.and(col(WAIT).lt(s.shortAbandonSeconds()));
    Column use = when(org.apache.spark.sql.functions.not(queued), lit(NEVER_QUEUED))
        .when(shortAbandon.and(lit(s.shortAbandons() == ToleranceSettings.ShortAbandons.EXCLUDE)), lit(SHORT_ABANDON))
        .otherwise(lit(OBSERVED));
    Column event = when(shortAbandon.and(lit(s.shortAbandons() == ToleranceSettings.ShortAbandons.CENSOR)), lit(0))
        .when(abandoned, lit(1)).otherwise(lit(0));
    Column local = localTime(col(SilverContacts.ARRIVAL_TIME), col(REGION), s.timeZones());
    return contacts.select(col(ToleranceColumns.CONTACT_ID), col(REGION), col(CHANNEL), col(PRIORITY), todBand(hour(local), s).as(TOD_BAND),
        floor(hour(local).multiply(60).plus(minute(local)).divide(s.intervalMinutes()))
            .multiply(s.intervalMinutes()).cast("int").as(INTERVAL_START),
        col(CONTACT_DATE), col(WAIT).cast("double").as(WAIT), event.as(EVENT), use.as(USE),
        col(HANDLE).cast("double").as(HANDLE));
  }

  /** Local wall-clock time of an instant in the region's configured zone. */
  public static Column localTime(Column instant, Column region, Map<String, String> zones) {
    Column zone = null;
    for (Map.Entry<String, String> z : zones.entrySet()) {
      if (!z.getKey().equals(ToleranceSettings.OTHER_REGIONS)) {
        zone = zone == null ? when(region.equalTo(z.getKey()), lit(z.getValue()))
            : zone.when(region.equalTo(z.getKey()), lit(z.getValue()));
      }
    }
    Column fallback = lit(zones.get(ToleranceSettings.OTHER_REGIONS));
    return from_utc_timestamp(instant, zone == null ? fallback : zone.otherwise(fallback));
  }

  static Column todBand(Column localHour, ToleranceSettings s) {
    Column band = null;
    for (ToleranceSettings.Band b : s.todBands()) {
      Column in = localHour.geq(b.from()).and(localHour.lt(b.to()));
      band = band == null ? when(in, lit(b.name())) : band.when(in, lit(b.name()));
    }
    return band;
  }
}
