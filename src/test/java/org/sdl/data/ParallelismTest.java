package org.sdl.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** `set processors` bounds the workers; every index is visited once whatever the setting. */
class ParallelismTest {
    private final int before = Parallelism.threads();

    @AfterEach
    void restore() {
        Parallelism.setThreads(before);
    }

    @Test
    void oneProcessorRunsEverythingOnTheCallersThread() {
        Parallelism.setThreads(1);
        Set<Thread> seen = ConcurrentHashMap.newKeySet();
        Parallelism.forEach(64, i -> seen.add(Thread.currentThread()));
        assertEquals(Set.of(Thread.currentThread()), seen);
    }

    @Test
    void everyIndexIsVisitedExactlyOnceAndWorkersStayWithinTheSetting() {
        Parallelism.setThreads(3);
        AtomicIntegerArray visits = new AtomicIntegerArray(1000);
        Set<Thread> workers = ConcurrentHashMap.newKeySet();
        Parallelism.forEach(1000, i -> {
            visits.incrementAndGet(i);
            workers.add(Thread.currentThread());
            // a little work so that several workers get a share
            double s = 0;
            for (int k = 0; k < 20_000; k++) {
                s += Math.sqrt(k + i);
            }
            assertTrue(s > 0);
        });
        for (int i = 0; i < 1000; i++) {
            assertEquals(1, visits.get(i), "index " + i);
        }
        assertTrue(workers.size() <= 3, "at most 3 workers, saw " + workers.size());
    }

    @Test
    void settingsBelowOneMeanOne() {
        Parallelism.setThreads(0);
        assertEquals(1, Parallelism.threads());
    }
}
