package org.sinus.engine.scenario;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Bytes of a scenario file to text: strict UTF-8, YAML-printable characters only, bounded size. Rejects binary files
 * before the YAML parser sees them, with the line of the first bad byte.
 */
final class ScenarioText {
    /** Largest scenario file; real ones are a few kilobytes. */
    static final int MAX_BYTES = 1 << 20;
    static final String ALLOWED = "a UTF-8 text file in YAML";

    private ScenarioText() {
    }

    static String decode(String file, byte[] bytes) throws ScenarioException {
        if (bytes.length > MAX_BYTES) {
            throw new ScenarioException(file, 1, "(file)", "the file has " + bytes.length + " bytes",
                "at most " + MAX_BYTES + " bytes (1 MiB)");
        }
        final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
        final ByteBuffer in = ByteBuffer.wrap(bytes);
        final CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult r = decoder.decode(in, out, true);
        if (!r.isError()) {
            r = decoder.flush(out);
        }
        if (r.isError()) {
            final int at = in.position();
            throw new ScenarioException(file, lineOfByte(bytes, at), "(file)",
                String.format("byte 0x%02X at offset %d is not valid UTF-8", bytes[Math.min(at, bytes.length - 1)], at),
                ALLOWED);
        }
        out.flip();
        final String text = out.toString();
        checkPrintable(file, text);
        return text;
    }

    /** YAML 1.2 c-printable: tab, line feed, carriage return, and no other C0/C1 control or non-character. */
    private static void checkPrintable(String file, String text) throws ScenarioException {
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            final char c = text.charAt(i);
            if (c == '\n') {
                line++;
            }
            final boolean ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0x7E) || c == 0x85
                || (c >= 0xA0 && c <= 0xFFFD);
            if (!ok) {
                throw new ScenarioException(file, line, "(file)",
                    String.format("control character U+%04X (binary data?) is not allowed", (int) c), ALLOWED);
            }
        }
    }

    private static int lineOfByte(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
