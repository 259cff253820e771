package io.cxlake.need;

import static io.cxlake.need.NeedColumns.ALL_REGIONS;
import static io.cxlake.need.NeedColumns.ANTECEDENT;
import static io.cxlake.need.NeedColumns.CONTACT_ID;
import static io.cxlake.need.NeedColumns.CUSTOMER;
import static io.cxlake.need.NeedColumns.LABEL;
import static io.cxlake.need.NeedColumns.PATTERN_ID;
import static io.cxlake.need.NeedColumns.PATTERN_KIND;
import static io.cxlake.need.NeedColumns.QUERY_TYPE;
import static io.cxlake.need.NeedColumns.REGION;
import static io.cxlake.need.NeedColumns.REGION_CUSTOMERS;
import static io.cxlake.need.NeedColumns.SIGNIFICANT;
import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_compact;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.exists;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.slice;
import static org.apache.spark.sql.functions.when;

import io.cxlake.contract.Contract;
import io.cxlake.schema.TableColumns.GoldLatentNeedPattern;
import io.cxlake.schema.TableColumns.GoldQueryTypeCatalog;
import io.cxlake.text.Lexicons;
import io.cxlake.text.PhraseLexicon;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Needs no service of the contracts covers: query types none of whose top terms names a service's term. A
 * contract promise can only be measured for a need it covers, so these are the gaps to close.
 */
final class UncoveredNeeds {

  /** How many of a query type's top terms are matched against the services' terms. */
  static final int TOP_TERMS = 3;
  /** The contract services whose terms cover a query type. */
  private static final String COVERED_BY = "covered_by";

  private UncoveredNeeds() {}

  /**
   * The query types of the catalog as known on the run date (latest snapshot up to it): query_type_id, label and
   * covered_by (the names of the services covering it, empty when none does).
   */
  static Dataset<Row> coverage(Dataset<Row> catalog, List<Contract> contracts, LocalDate day) {
    Dataset<Row> upTo = catalog.where(col(GoldQueryTypeCatalog.RUN_DATE).leq(Date.valueOf(day)));
    Dataset<Row> latest = upTo.agg(max(GoldQueryTypeCatalog.RUN_DATE).as(GoldQueryTypeCatalog.RUN_DATE));
    Column terms = slice(col(GoldQueryTypeCatalog.TOP_TERMS), 1, TOP_TERMS);
    List<Column> services = new ArrayList<>();
    for (Contract c : contracts) {
      for (Contract.Service s : c.services()) {
        String regex = s.terms().stream().map(t -> Pattern.quote(Lexicons.normal(t))).collect(Collectors.joining("|"));
        services.add(when(exists(terms, t -> PhraseLexicon.normalised(t).rlike(regex)), lit(s.name())));
      }
    }
    Column coveredBy = services.isEmpty() ? expr("CAST(array() AS array<string>)")
        : array_sort(array_compact(array(services.toArray(Column[]::new))));
    return upTo.join(latest, GoldQueryTypeCatalog.RUN_DATE)
        .select(col(QUERY_TYPE), col(LABEL), coveredBy.as(COVERED_BY));
  }

  /** The uncovered query types of the contacts: query_type_id, label. */
  static Dataset<Row> uncovered(Dataset<Row> coverage) {
    return coverage.where(size(col(COVERED_BY)).equalTo(0)).select(QUERY_TYPE, LABEL);
  }

  /** Per region (and all regions) and uncovered query type: customers, support, contacts, significant. */
  static Dataset<Row> patterns(Dataset<Row> contacts, Dataset<Row> uncovered, NeedSettings s) {
    Dataset<Row> all = NeedPatterns.withAllRegions(contacts);
    Dataset<Row> customers = all.groupBy(REGION).agg(countDistinct(CUSTOMER).as(REGION_CUSTOMERS));
    Dataset<Row> m = all.join(broadcast(uncovered.select(QUERY_TYPE)), QUERY_TYPE)
        .groupBy(col(REGION), col(QUERY_TYPE).as(ANTECEDENT))
        .agg(count(lit(1)).as(GoldLatentNeedPattern.ANTECEDENT_CONTACTS),
            countDistinct(CUSTOMER).as(GoldLatentNeedPattern.CUSTOMERS),
            slice(array_sort(collect_list(col(CONTACT_ID))), 1, s.examples())
                .as(GoldLatentNeedPattern.EXAMPLE_CONTACT_IDS))
        .join(customers, REGION)
        .withColumn(GoldLatentNeedPattern.SUPPORT, col(GoldLatentNeedPattern.CUSTOMERS).divide(col(REGION_CUSTOMERS)))
        .withColumn(SIGNIFICANT, col(GoldLatentNeedPattern.ANTECEDENT_CONTACTS).geq(s.minFollowed()));
    return NeedPatterns.withSignificantRegions(m, ANTECEDENT)
        .withColumn(PATTERN_KIND, lit("uncovered"))
        .withColumn(PATTERN_ID, concat(lit("uncovered:"), col(ANTECEDENT)));
  }
}
