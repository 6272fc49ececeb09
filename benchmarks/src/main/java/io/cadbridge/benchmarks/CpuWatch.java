package io.cadbridge.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Who used the machine's CPUs during a scenario, from /proc: the service JVM, PostgreSQL (the postmaster
 * and its backends), this JVM (load generator and CRM), and everything else. All share the same cores.
 */
final class CpuWatch {

    /** Linux reports CPU time in clock ticks of 1/100 s (USER_HZ) on every common platform. */
    private static final double TICKS_PER_SECOND = 100;

    /** Cumulative clock ticks at one instant. */
    record Sample(long service, long postgres, long benchmark, long machineBusy, long machineIowait, long nanoTime) {}

    /** Cores used on average between two samples, per party; {@code other} is the rest of the machine. */
    record Split(
            double service, double postgres, double benchmark, double other, double iowait, int cores, double seconds) {

        static Split between(Sample before, Sample after, int cores) {
            double seconds = (after.nanoTime() - before.nanoTime()) / 1e9;
            double service = cores(after.service() - before.service(), seconds);
            double postgres = cores(after.postgres() - before.postgres(), seconds);
            double benchmark = cores(after.benchmark() - before.benchmark(), seconds);
            double busy = cores(after.machineBusy() - before.machineBusy(), seconds);
            double other = Math.max(0, busy - service - postgres - benchmark);
            return new Split(
                    service,
                    postgres,
                    benchmark,
                    other,
                    cores(after.machineIowait() - before.machineIowait(), seconds),
                    cores,
                    seconds);
        }

        /** Milliseconds of CPU per event, for {@code cores} used on average while {@code events} were handled. */
        double millisPerEvent(double cores, long events) {
            return events == 0 ? 0 : cores * seconds * 1_000 / events;
        }

        private static double cores(long ticks, double seconds) {
            return ticks / TICKS_PER_SECOND / seconds;
        }
    }

    private CpuWatch() {}

    static Sample sample(long servicePid, long postmasterPid) throws IOException {
        // The postmaster's cutime/cstime include the backends that already exited.
        long postgres = processTicks(postmasterPid, true)
                + ProcessHandle.of(postmasterPid).stream()
                        .flatMap(ProcessHandle::descendants)
                        .mapToLong(child -> processTicks(child.pid(), false))
                        .sum();
        long[] machine = machineTicks();
        long iowait = machine[4];
        long busy = Arrays.stream(machine).sum() - machine[3] - iowait;
        return new Sample(
                processTicks(servicePid, false),
                postgres,
                processTicks(ProcessHandle.current().pid(), false),
                busy,
                iowait,
                System.nanoTime());
    }

    /** utime + stime (+ cutime + cstime) of /proc/PID/stat; 0 for a process that is gone. */
    private static long processTicks(long pid, boolean withExitedChildren) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // Fields after the command name, which may contain spaces: state is [0], utime is [11].
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            return withExitedChildren ? ticks + Long.parseLong(fields[13]) + Long.parseLong(fields[14]) : ticks;
        } catch (IOException e) {
            return 0;
        }
    }

    /** user nice system idle iowait irq softirq steal of the "cpu" line of /proc/stat. */
    private static long[] machineTicks() throws IOException {
        String cpu = Files.readAllLines(Path.of("/proc/stat")).getFirst();
        return Arrays.stream(cpu.split("\\s+"))
                .skip(1)
                .limit(8)
                .mapToLong(Long::parseLong)
                .toArray();
    }
}
