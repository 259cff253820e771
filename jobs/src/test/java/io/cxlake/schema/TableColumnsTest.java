package io.cxlake.schema;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every column name constant of {@link TableColumns} is a column of its table's schema file. */
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
}
