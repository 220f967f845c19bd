package org.earlyhelp.platform.outbox;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Lets relay passes in until the service stops, then none: a pass under way finishes (its batch sent and marked in its
 * transaction), a pass that would start after {@link #close} does not. {@link #close} waits for the passes under way, at
 * most the time given: a pass still waiting then is one whose broker does not answer, and its events stay pending in
 * the outbox for the next replica or the next start (a repeat is skipped by the consumers' inbox).
 */
final class RelayGate {

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition idle = lock.newCondition();
    private boolean closed;
    private int passes;

    /** @return false once closed: the caller does not start a pass. */
    boolean enter() {
        lock.lock();
        try {
            if (closed) {
                return false;
            }
            passes++;
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** A pass let in by {@link #enter} has ended. */
    void exit() {
        lock.lock();
        try {
            passes--;
            if (passes == 0) {
                idle.signalAll();
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * No new pass from now on; waits for those under way.
     *
     * @return true when none is under way any more, false when {@code atMost} passed first
     */
    boolean close(Duration atMost) {
        lock.lock();
        try {
            closed = true;
            long left = atMost.toNanos();
            while (passes > 0) {
                if (left <= 0) {
                    return false;
                }
                left = idle.awaitNanos(left);
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return passes == 0;
        } finally {
            lock.unlock();
        }
    }

    boolean isClosed() {
        lock.lock();
        try {
            return closed;
        } finally {
            lock.unlock();
        }
    }
}
