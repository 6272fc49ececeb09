package io.cadbridge.adapters.http;

import java.io.IOException;
import okio.Buffer;
import okio.ForwardingSource;
import okio.Source;

/** Counts bytes as they stream in and fails as soon as the total passes the limit: never a silent truncation. */
final class SizeLimitedSource extends ForwardingSource {

    private final long limit;
    private long total;

    SizeLimitedSource(Source delegate, long limit) {
        super(delegate);
        this.limit = limit;
    }

    @Override
    public long read(Buffer sink, long byteCount) throws IOException {
        long read = super.read(sink, byteCount);
        if (read > 0) {
            total += read;
            if (total > limit) {
                throw new ResponseTooLargeException(limit);
            }
        }
        return read;
    }
}
