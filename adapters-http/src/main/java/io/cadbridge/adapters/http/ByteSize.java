package io.cadbridge.adapters.http;

/** Byte counts as administrators read them: "1 MiB", "512 KiB", "300 bytes". */
final class ByteSize {

    private static final long KIB = 1024;
    private static final long MIB = KIB * KIB;

    private ByteSize() {}

    static String describe(long bytes) {
        if (bytes >= MIB && bytes % MIB == 0) {
            return bytes / MIB + " MiB";
        }
        if (bytes >= KIB && bytes % KIB == 0) {
            return bytes / KIB + " KiB";
        }
        return bytes + " bytes";
    }
}
