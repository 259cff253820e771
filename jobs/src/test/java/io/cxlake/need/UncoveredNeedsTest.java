package io.cxlake.need;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cxlake.contract.Contract;
import io.cxlake.testing.SharedSpark;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/** Which query types of a hand-written catalog the contracts' services cover. */
class UncoveredNeedsTest {

  private final SparkSession spark = SharedSpark.get();

  private static Row type(String day, String id, String... terms) {
    return RowFactory.create(Date.valueOf(day), id, id + " label", List.of(terms));
  }

  private Dataset<Row> catalog() {
    StructType schema = new StructType().add("run_date", DataTypes.DateType).add("query_type_id", DataTypes.StringType)
        .add("label", DataTypes.StringType).add("top_terms", DataTypes.createArrayType(DataTypes.StringType));
    return spark.createDataFrame(List.of(
        type("2026-11-20", "QT-roam", "Roaming", "fee", "travel"),
        type("2026-11-20", "QT-bill", "bill", "charge", "wrong", "roaming"), // roaming is past the top three terms
        type("2026-11-20", "QT-zh", "漫遊", "費用", "出國"),                    // Traditional, the service term is Simplified
        type("2026-11-20", "QT-comp", "compensation", "outage", "credit"),
        type("2026-11-28", "QT-later", "later", "snapshot", "only")), schema);
  }

  private static Contract contract(String name, Contract.Service... services) {
    return new Contract(name, "", List.of(), List.of(), List.of(services));
  }

  private Map<String, List<String>> coverage(List<Contract> contracts) {
    Map<String, List<String>> out = new TreeMap<>();
    UncoveredNeeds.coverage(catalog(), contracts, LocalDate.parse("2026-11-25")).collectAsList()
        .forEach(r -> out.put(r.getString(0), r.getList(2)));
    return out;
  }

  @Test
  void aQueryTypeIsCoveredWhenOneOfItsTopTermsNamesAServiceTermInEitherScript() {
    Map<String, List<String>> c = coverage(List.of(
        contract("a", new Contract.Service("roaming", List.of("roam", "漫游"))),
        contract("b", new Contract.Service("billing", List.of("bill")), new Contract.Service("travel", List.of("TRAVEL")))));
    assertEquals(Map.of("QT-roam", List.of("roaming", "travel"), "QT-bill", List.of("billing"),
        "QT-zh", List.of("roaming"), "QT-comp", List.of()), c, "the catalog as of the 25th: the 28th's snapshot is not known");
  }

  @Test
  void withoutServicesEveryQueryTypeIsUncovered() {
    Dataset<Row> coverage = UncoveredNeeds.coverage(catalog(), List.of(contract("none")), LocalDate.parse("2026-11-30"));
    assertEquals(List.of("QT-later"), UncoveredNeeds.uncovered(coverage).collectAsList().stream()
        .map(r -> r.getString(0)).toList(), "the latest snapshot up to the run date only");
  }
}
