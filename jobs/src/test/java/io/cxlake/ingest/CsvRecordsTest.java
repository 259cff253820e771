package io.cxlake.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRecordsTest {

  @Test
  void splitsPlainAndQuotedFields() throws Exception {
    assertEquals(List.of("a", "b,c", "say \"hi\"", ""), CsvRecords.split("a,\"b,c\",\"say \"\"hi\"\"\","));
    assertEquals(List.of("", ""), CsvRecords.split(","));
    assertEquals(List.of("line1\nline2", "x"), CsvRecords.split("\"line1\nline2\",x"));
  }

  @Test
  void rejectsBrokenQuoting() {
    assertThrows(CsvRecords.MalformedRecord.class, () -> CsvRecords.split("\"open,b"));
    assertThrows(CsvRecords.MalformedRecord.class, () -> CsvRecords.split("\"a\"x,b"));
    assertThrows(CsvRecords.MalformedRecord.class, () -> CsvRecords.split("a\"b,c"));
  }

  @Test
  void knowsWhenARecordContinues() {
    assertTrue(CsvRecords.isOpen("1,\"first line"));
    assertFalse(CsvRecords.isOpen("1,\"done \"\"quoted\"\"\""));
  }
}
