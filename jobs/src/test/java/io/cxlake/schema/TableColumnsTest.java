package io.cxlake.schema;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link TableColumns} and schemas/ agree both ways: every constant is a column of its table's schema file, and every
 * silver and gold table has a class naming each of its columns (lineage columns, {@code _...}, live in
 * {@link Columns}).
 */
class TableColumnsTest {

  @Test
  void everyConstantNamesAColumnOfItsTable() throws ReflectiveOperationException {
    Class<?>[] tables = TableColumns.class.getDeclaredClasses();
    assertTrue(tables.length > 0, "TableColumns holds tables");
    List<String> wrong = new ArrayList<>();
    for (Class<?> t : tables) {
      String table = (String) t.getField("TABLE").get(null);
      List<String> columns = SchemaCatalog.get().table(table).columnNames();
      int checked = 0;
      for (Field f : t.getDeclaredFields()) {
        if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class && !f.getName().equals("TABLE")) {
          String column = (String) f.get(null);
          checked++;
          if (!columns.contains(column)) {
            wrong.add(t.getSimpleName() + "." + f.getName() + " = " + column + " is not a column of " + table);
          }
        }
      }
      assertTrue(checked > 0, t.getSimpleName() + " names columns");
    }
    assertTrue(wrong.isEmpty(), String.join("\n", wrong));
  }

  @Test
  void everySilverAndGoldTableHasAConstantForEachColumn() throws ReflectiveOperationException {
    java.util.Map<String, java.util.Set<String>> named = new java.util.HashMap<>();
    for (Class<?> t : TableColumns.class.getDeclaredClasses()) {
      java.util.Set<String> values = new java.util.HashSet<>();
      for (Field f : t.getDeclaredFields()) {
        if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class && !f.getName().equals("TABLE")) {
          values.add((String) f.get(null));
        }
      }
      named.put((String) t.getField("TABLE").get(null), values);
    }
    List<String> missing = new ArrayList<>();
    for (String table : SchemaCatalog.tableNames()) {
      if (!table.startsWith("silver_") && !table.startsWith("gold_")) {
        continue;
      }
      java.util.Set<String> values = named.getOrDefault(table, java.util.Set.of());
      for (String column : SchemaCatalog.get().table(table).columnNames()) {
        if (!column.startsWith("_") && !values.contains(column)) {
          missing.add(table + "." + column + " has no constant in TableColumns");
        }
      }
    }
    assertTrue(missing.isEmpty(), String.join("\n", missing));
  }
}
