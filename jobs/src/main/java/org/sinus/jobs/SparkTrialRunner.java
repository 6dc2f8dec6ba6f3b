package org.sinus.jobs;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;
import org.apache.spark.SimpleFutureAction;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import scala.Function0;
import scala.Function1;
import scala.Function2;
import scala.collection.Iterator;
import scala.collection.immutable.Seq;
import scala.jdk.javaapi.CollectionConverters;
import scala.runtime.BoxedUnit;
import scala.util.Try;

/**
 * Runs a trial's partitions on Spark and hands each partition's result to the driver as soon as it and every
 * partition before it have finished, so the driver writes results in patient order while the job runs.
 *
 * <p>How: an RDD with one {@link IdRange} per partition, submitted with {@code SparkContext.submitJob}, whose
 * result handler (called on the driver, in Spark's scheduler thread, once per finished partition) only queues the
 * result. The calling thread takes results off the queue, buffers those that arrive before an earlier partition,
 * and releases them in partition order. Unlike {@code collect()} this keeps at most the out-of-order partitions
 * in memory and reports progress while the job runs; unlike {@code toLocalIterator()} it runs the partitions in
 * parallel.
 */
final class SparkTrialRunner {
    private static final long POLL_MS = 250;

    /** Receives each partition's result, in partition order, on the calling thread. */
    @FunctionalInterface
    interface InOrder {
        void accept(PartitionResult result) throws IOException;
    }

    private SparkTrialRunner() {
    }

    /**
     * A Spark context for a run: {@code local[*]} unless {@code spark.master} is set (by {@code spark-submit}),
     * web UI off, console progress off (the run draws its own).
     */
    static JavaSparkContext context(String appName) {
        SparkConf conf = new SparkConf().setAppName(appName).setIfMissing("spark.master", "local[*]")
                .setIfMissing("spark.ui.enabled", "false").setIfMissing("spark.ui.showConsoleProgress", "false");
        if (conf.get("spark.master").startsWith("local")) {
            conf.setIfMissing("spark.driver.host", "127.0.0.1").setIfMissing("spark.driver.bindAddress",
                    "127.0.0.1");
        }
        return new JavaSparkContext(conf);
    }

    /**
     * Simulates every range on Spark.
     *
     * @param sc the context
     * @param plan what to simulate
     * @param ranges the partitions, index {@code i} at position {@code i}
     * @param inOrder receives results in partition order
     * @param arrived called about every {@value #POLL_MS} ms and after each arrival with the patients of every
     *     finished partition (in order or not), for progress
     * @throws IOException from {@code inOrder}; the job is cancelled
     * @throws IllegalStateException if the Spark job fails
     */
    static void run(JavaSparkContext sc, TrialPlan plan, List<IdRange> ranges, InOrder inOrder,
            LongConsumer arrived) throws IOException, InterruptedException {
        int p = ranges.size();
        JavaRDD<IdRange> rdd = sc.parallelize(ranges, p);
        BlockingQueue<PartitionResult> queue = new LinkedBlockingQueue<>();
        Function2<Object, PartitionResult, BoxedUnit> handler = (index, result) -> {
            queue.add(result);
            return BoxedUnit.UNIT;
        };
        List<Object> indices = new ArrayList<>(p);
        for (int i = 0; i < p; i++) {
            indices.add(i);
        }
        Seq<Object> partitions = CollectionConverters.asScala(indices).toSeq();
        Function0<BoxedUnit> done = () -> BoxedUnit.UNIT;
        SimpleFutureAction<BoxedUnit> job = sc.sc().submitJob(rdd.rdd(), task(plan), partitions, handler, done);
        TreeMap<Integer, PartitionResult> early = new TreeMap<>();
        int next = 0;
        long arrivedPatients = 0;
        boolean ok = false;
        try {
            while (next < p) {
                PartitionResult r = queue.poll(POLL_MS, TimeUnit.MILLISECONDS);
                if (r == null) {
                    checkJob(job, queue);
                    arrived.accept(arrivedPatients);
                    continue;
                }
                arrivedPatients += r.range().size();
                early.put(r.partition(), r);
                while (early.containsKey(next)) {
                    inOrder.accept(early.remove(next));
                    next++;
                }
                arrived.accept(arrivedPatients);
            }
            ok = true;
        } finally {
            if (!ok && !job.isCompleted()) {
                job.cancel();
            }
        }
    }

    private static void checkJob(SimpleFutureAction<BoxedUnit> job, BlockingQueue<PartitionResult> queue) {
        if (!job.isCompleted() || !queue.isEmpty()) {
            return;
        }
        Try<BoxedUnit> outcome = job.value().get();
        if (outcome.isFailure()) {
            Throwable t = outcome.failed().get();
            throw new IllegalStateException("the Spark job failed: " + firstLine(t), t);
        }
        throw new IllegalStateException("the Spark job ended before every partition was reported");
    }

    private static String firstLine(Throwable t) {
        String m = String.valueOf(t.getMessage());
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    /** The task: simulate the partition's one range. Static, so that it captures the plan only. */
    private static Function1<Iterator<IdRange>, PartitionResult> task(TrialPlan plan) {
        return (Function1<Iterator<IdRange>, PartitionResult> & Serializable) it -> plan.simulation()
                .simulate(it.next());
    }
}
