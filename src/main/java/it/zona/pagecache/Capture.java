package it.zona.pagecache;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.function.BooleanSupplier;

/**
 * An answer that is held back in memory if it is a page worth keeping, decided when it starts to
 * write its body (by then its handler is known); any other answer (a PDF, a style sheet) goes
 * straight through.
 */
class Capture extends HttpServletResponseWrapper {

    private final BooleanSupplier keeping;
    private ByteArrayOutputStream body;
    private ServletOutputStream stream;
    private PrintWriter writer;
    private boolean decided;

    Capture(HttpServletResponse response, BooleanSupplier keeping) {
        super(response);
        this.keeping = keeping;
    }

    /** The body held back, or null if the answer went through. */
    byte[] held() throws IOException {
        if (writer != null) {
            writer.flush();
        }
        return body == null ? null : body.toByteArray();
    }

    private boolean holding() {
        if (!decided) {
            decided = true;
            if (keeping.getAsBoolean()) {
                body = new ByteArrayOutputStream(16 * 1024);
            }
        }
        return body != null;
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        if (!holding()) {
            return super.getOutputStream();
        }
        if (stream == null) {
            stream = new ServletOutputStream() {
                @Override
                public void write(int b) {
                    body.write(b);
                }

                @Override
                public void write(byte[] bytes, int offset, int length) {
                    body.write(bytes, offset, length);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException("A kept page is written at once");
                }
            };
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        if (!holding()) {
            return super.getWriter();
        }
        if (writer == null) {
            writer =
                    new PrintWriter(new OutputStreamWriter(getOutputStream(), Charset.forName(getCharacterEncoding())));
        }
        return writer;
    }

    @Override
    public void flushBuffer() throws IOException {
        if (body == null) {
            super.flushBuffer();
        }
    }

    @Override
    public void setContentLength(int length) {
        if (!holding()) {
            super.setContentLength(length);
        }
    }

    @Override
    public void setContentLengthLong(long length) {
        if (!holding()) {
            super.setContentLengthLong(length);
        }
    }

    @Override
    public void resetBuffer() {
        if (body != null) {
            body.reset();
        } else {
            super.resetBuffer();
        }
    }

    @Override
    public void reset() {
        if (body != null) {
            body.reset();
        }
        super.reset();
    }
}
