package io.cxlake.text;

import edu.stanford.nlp.pipeline.CoreDocument;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;

/**
 * Sentences per second of the same texts through CoreNLP directly on one thread, and through the job's own
 * tokeniser inside Spark tasks: the text benchmark's measure of what running under Spark costs.
 */
public final class NlpThroughput {

  private NlpThroughput() {}

  /** Sentences and seconds. */
  public record Rate(long sentences, double seconds) {
    public double perSecond() {
      return sentences / seconds;
    }
  }

  /** Loads the pipeline a language needs (so that neither measure includes model loading). */
  public static void warmUp(String language) {
    raw(List.of(language.equals(LanguageDetector.EN) ? "Hello there. How are you?" : "你好，我想查询账单。"), language);
  }

  /** Plain CoreNLP, one thread, Chinese converted to Simplified first as the job does. */
  public static Rate raw(List<String> texts, String language) {
    boolean en = LanguageDetector.EN.equals(language);
    String model = TextSettings.defaults().segmenterModel();
    long sentences = 0;
    long t0 = System.nanoTime();
    for (String t : texts) {
      CoreDocument doc = new CoreDocument(en ? t : ChineseScript.toSimplified(t));
      (en ? NlpPipelines.english() : NlpPipelines.chinese(model)).annotate(doc);
      sentences += doc.sentences().size();
    }
    return new Rate(sentences, (System.nanoTime() - t0) / 1e9);
  }

  /**
   * Plain CoreNLP on one thread over texts of any language, each through the pipeline of its detected language
   * (English, else Chinese, as the job splits them): the text step's floor in the chain benchmark.
   */
  public static Rate rawDetected(List<String> texts) {
    List<String> en = new ArrayList<>();
    List<String> zh = new ArrayList<>();
    for (String t : texts) {
      (LanguageDetector.EN.equals(LanguageDetector.detect(t, null)) ? en : zh).add(t);
    }
    Rate a = raw(en, LanguageDetector.EN);
    Rate b = raw(zh, LanguageDetector.ZH_HANS);
    return new Rate(a.sentences() + b.sentences(), a.seconds() + b.seconds());
  }

  /**
   * The same as {@link #rawDetected} on {@code threads} plain Java threads sharing the pipelines (as Spark's tasks
   * share them in one executor), each thread a strided share of the texts: what the machine's cores give CoreNLP
   * without Spark, which separates Spark's overhead from how well the cores scale.
   */
  public static Rate rawDetectedParallel(List<String> texts, int threads) {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Callable<Rate>> shares = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        List<String> share = new ArrayList<>();
        for (int k = i; k < texts.size(); k += threads) {
          share.add(texts.get(k));
        }
        shares.add(() -> rawDetected(share));
      }
      long t0 = System.nanoTime();
      long sentences = 0;
      for (Future<Rate> f : pool.invokeAll(shares)) {
        sentences += f.get().sentences();
      }
      return new Rate(sentences, (System.nanoTime() - t0) / 1e9);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while timing CoreNLP", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("CoreNLP failed on a benchmark text", e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /** The job's tokeniser over the texts inside Spark tasks; sentences counted by the tasks. */
  public static Rate inSpark(Dataset<String> texts, String language, int partitions) {
    TextSettings s = TextSettings.defaults();
    java.util.Set<String> keep = Lexicons.load("").domainTerms;
    MapPartitionsFunction<String, Long> count = it -> {
      long n = 0;
      while (it.hasNext()) {
        n += Tokeniser.tokens(it.next(), language, s, keep).sentences();
      }
      return List.of(n).iterator();
    };
    Dataset<String> spread = texts.repartition(partitions).cache();
    spread.count(); // the shuffle is not NLP
    long t0 = System.nanoTime();
    List<Long> perTask = spread.mapPartitions(count, Encoders.LONG()).collectAsList();
    double seconds = (System.nanoTime() - t0) / 1e9;
    spread.unpersist();
    return new Rate(perTask.stream().mapToLong(Long::longValue).sum(), seconds);
  }

  /** Up to {@code n} texts of one language from an iterator of texts. */
  public static List<String> take(Iterator<String> texts, String language, int n) {
    List<String> out = new ArrayList<>();
    while (texts.hasNext() && out.size() < n) {
      String t = texts.next();
      if (language.equals(LanguageDetector.detect(t, null))) {
        out.add(t);
      }
    }
    return out;
  }
}
