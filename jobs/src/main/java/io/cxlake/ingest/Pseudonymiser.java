package io.cxlake.ingest;

import static org.apache.spark.sql.functions.udf;

import io.cxlake.config.ConfigKey;
import io.cxlake.config.CxConfig;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;

/**
 * Replaces customer identifiers with HMAC-SHA-256 keyed hashes (128 bits, hex). Spark has no built-in HMAC,
 * and a plain sha2(concat(key, id)) would print the key in every query plan, so this is a UDF that holds the
 * key in its closure. The same key gives the same pseudonym across nights, so customers can be followed.
 */
public final class Pseudonymiser {

  /** Public, documented development key: only for the bundled samples, refused unless explicitly allowed. */
  static final String DEV_KEY = "cxlake-development-key-not-for-production";
  /** The only environment where the development key may be allowed: the bundled samples on one machine. */
  static final String LOCAL_ENV = "local";

  private static final java.util.concurrent.atomic.AtomicBoolean WARNED = new java.util.concurrent.atomic.AtomicBoolean();

  private Pseudonymiser() {}

  public static byte[] key(CxConfig config) {
    String var = config.get(ConfigKey.PSEUDONYM_KEY_ENV);
    String key = System.getenv(var);
    if (key != null && !key.isBlank()) {
      if (key.length() < 16) {
        throw new IllegalArgumentException("the pseudonymisation key in $" + var + " is too short: use 16+ characters");
      }
      return key.getBytes(StandardCharsets.UTF_8);
    }
    if (config.getBoolean(ConfigKey.PSEUDONYM_ALLOW_DEV_KEY)) {
      if (!LOCAL_ENV.equals(config.env())) { // a public key makes every pseudonym reversible by dictionary
        throw new IllegalArgumentException("pseudonym.allow-dev-key is for the local environment only (this is '"
            + config.env() + "'): set the secret key in $" + var + "; the public development key is never used here");
      }
      if (!WARNED.getAndSet(true)) {
        System.err.println("warning: $" + var + " is not set; using the public development pseudonymisation key");
      }
      return DEV_KEY.getBytes(StandardCharsets.UTF_8);
    }
    throw new IllegalArgumentException("set the pseudonymisation key in the environment variable $" + var
        + " (pseudonym.key-env); it is never read from files");
  }

  public static Column pseudonymise(Column id, byte[] key) {
    return hmacUdf(key).apply(id);
  }

  private static UserDefinedFunction hmacUdf(byte[] key) {
    byte[] k = key.clone();
    UDF1<String, String> f = new UDF1<>() {
      private transient Mac mac;

      @Override
      public String call(String value) throws GeneralSecurityException {
        if (value == null) {
          return null;
        }
        if (mac == null) {
          mac = Mac.getInstance("HmacSHA256");
          mac.init(new SecretKeySpec(k, "HmacSHA256"));
        }
        return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)), 0, 16);
      }
    };
    return udf(f, DataTypes.StringType).withName("pseudonymise");
  }

  /** The pseudonym of one id, for tests and for analysts who must look up a customer they know. */
  static String of(String id, byte[] key) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(id.getBytes(StandardCharsets.UTF_8)), 0, 16);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
