package org.koldoo.linkage.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.koldoo.privacy.clk.Dice;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The Dice kernel over 1024-bit encodings: one invocation compares one probe with a block of 1024
 * encodings laid out as the matcher holds them (16 words each, bit counts precomputed).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DiceKernelBenchmark {

  static final int BLOCK = 1024;
  static final int WORDS = 16;

  long[] filters;
  int[] bits;
  int probe;

  @Setup
  public void fill() {
    SplittableRandom random = new SplittableRandom(42);
    filters = new long[BLOCK * WORDS];
    bits = new int[BLOCK];
    for (int i = 0; i < filters.length; i++) {
      // about 40% of bits set, as in real encodings
      filters[i] =
          random.nextLong() & random.nextLong()
              | (random.nextLong() & random.nextLong() & random.nextLong());
    }
    for (int r = 0; r < BLOCK; r++) {
      bits[r] = Dice.cardinality(filters, r * WORDS, WORDS);
    }
  }

  @Benchmark
  @OperationsPerInvocation(BLOCK)
  public double compareBlock() {
    int p = probe;
    probe = (probe + 1) & (BLOCK - 1);
    double sum = 0;
    int pOffset = p * WORDS;
    int pBits = bits[p];
    for (int r = 0; r < BLOCK; r++) {
      sum += Dice.similarity1024(filters, pOffset, pBits, filters, r * WORDS, bits[r]);
    }
    return sum;
  }
}
