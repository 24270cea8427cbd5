package dev.parley.adapter.csv;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Keeps the memory of one record bounded. The CSV parser holds a whole record in memory, so an
 * unclosed quote would make the rest of a file one value; this reader fails once more than
 * {@code limit} characters were read since the importer last called {@link #recordDone()}.
 */
final class RecordLengthGuard extends FilterReader {

    /** Read ahead of the parser's own buffer, which the count includes. */
    private static final int SLACK = 64 * 1024;

    private long limit;
    private long count;

    RecordLengthGuard(Reader in, long limit) {
        super(in);
        this.limit = limit;
    }

    /** Sets the number of characters a record may take from now on. */
    void limit(long characters) {
        this.limit = characters;
    }

    long limit() {
        return limit;
    }

    /** Starts counting the next record. */
    void recordDone() {
        count = 0;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            count(1);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    private void count(int n) throws IOException {
        count += n;
        if (count > limit + SLACK) {
            throw new RecordTooLongException(limit);
        }
    }

    /** A record longer than the limit: most likely a quote that is never closed. */
    static final class RecordTooLongException extends IOException {

        private static final long serialVersionUID = 1L;

        RecordTooLongException(long limit) {
            super("a record runs over more than " + limit + " characters, most likely from a quote that is never "
                    + "closed; the rest of the file was not read");
        }
    }
}
