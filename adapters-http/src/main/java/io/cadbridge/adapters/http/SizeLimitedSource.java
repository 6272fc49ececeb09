package io.cadbridge.adapters.http;

import java.io.IOException;
import okio.Buffer;
import okio.ForwardingSource;
import okio.Source;

/** Counts bytes as they stream in and fails as soon as the total passes the limit: never a silent truncation. */
final class SizeLimitedSource extends ForwardingSource {

    private final long limit;
    private final Runnable onExceeded;
    private long total;

    /** {@code onExceeded} runs before the failure is thrown: it stops the transfer. */
    SizeLimitedSource(Source delegate, long limit, Runnable onExceeded) {
        super(delegate);
        this.limit = limit;
        this.onExceeded = onExceeded;
    }

    @Override
    public long read(Buffer sink, long byteCount) throws IOException {
        long read = super.read(sink, byteCount);
        if (read > 0) {
            total += read;
            if (total > limit) {
                onExceeded.run();
                throw new ResponseTooLargeException(limit);
            }
        }
        return read;
    }
}
