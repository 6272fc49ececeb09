package io.cadbridge.application.processing;

import static java.util.Objects.requireNonNull;

import io.cadbridge.application.port.out.ConversationStore;
import io.cadbridge.domain.conversation.LateUpdates;
import io.cadbridge.domain.integration.ChannelType;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * After a conversation is Closed and its grace period ({@code CADBRIDGE_UNSAVED_KEYS_GRACE}) has
 * passed, the attached-data keys its channel does not include in statistics are removed, as Contact
 * Pro does: "customerId disappears from the system" and only saved keys remain. Runs on its own
 * virtual thread every {@code housekeepingInterval}; any process sharing the database may do it,
 * each conversation once.
 */
public final class Housekeeping implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(Housekeeping.class.getName());
    /** Conversations per call; the store does each in its own small transaction or batch. */
    private static final int BATCH = 200;

    private final ConversationStore conversations;
    private final StatisticsKeys statistics;
    private final LateUpdates late;
    private final Duration interval;
    private final Clock clock;
    private Thread running;

    Housekeeping(
            ConversationStore conversations,
            StatisticsKeys statistics,
            LateUpdates late,
            Duration interval,
            Clock clock) {
        this.conversations = requireNonNull(conversations, "conversations is null");
        this.statistics = requireNonNull(statistics, "statistics is null");
        this.late = requireNonNull(late, "late is null");
        this.interval = requireNonNull(interval, "interval is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    public synchronized void start() {
        if (running == null) {
            running = Thread.ofVirtual().name("cadbridge-housekeeping").start(this::loop);
        }
    }

    /** Removes the unsaved keys of every conversation whose grace period is over; returns how many it did. */
    public int removeUnsavedKeys() {
        Map<ChannelType, Set<String>> saved = new HashMap<>();
        Arrays.stream(ChannelType.values())
                .filter(channel -> channel != ChannelType.MULTI_CHANNEL)
                .forEach(channel -> saved.put(channel, new HashSet<>(statistics.keysOf(channel))));
        int total = 0;
        int done;
        do {
            done = conversations.removeUnsavedKeys(clock.instant().minus(late.unsavedKeysGrace()), saved, BATCH);
            total += done;
        } while (done == BATCH);
        return total;
    }

    private void loop() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                Thread.sleep(interval);
                int done = removeUnsavedKeys();
                if (done > 0) {
                    LOG.log(Level.DEBUG, "removed the unsaved keys of " + done + " closed conversations");
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                LOG.log(
                        Level.WARNING,
                        "cannot remove the unsaved keys of closed conversations now; trying again later: " + e);
            }
        }
    }

    @Override
    public synchronized void close() {
        if (running != null) {
            running.interrupt();
        }
    }
}
