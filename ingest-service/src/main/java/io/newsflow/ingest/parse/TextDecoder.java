package io.newsflow.ingest.parse;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Turns a file's bytes into text before any format is looked at, so every parser sees the same clean string.
 * A byte order mark decides (UTF-8, UTF-16LE, UTF-16BE); without one the bytes must be UTF-8, and text that is not
 * is read as Windows-1252 (what editors on Windows write) and flagged rather than refused: losing an article over a
 * curly quote would be worse than a wrong character, and the warning travels with the event. NUL bytes outside
 * UTF-16, or a text of mostly control characters, mean the file is not text at all.
 */
public final class TextDecoder {

    static final String WINDOWS_1252_WARNING = "the file is not valid UTF-8: decoded as Windows-1252";
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** More control characters than one in this many means binary data; real text has almost none. */
    private static final int CONTROL_CHARACTER_RATIO = 20;

    public DecodedText decode(byte[] bytes) throws UnparseableFileException {
        if (bytes.length == 0) {
            throw new UnparseableFileException(UnparseableFileException.EMPTY, "the file is empty");
        }
        DecodedText decoded = decodeByMark(bytes);
        if (looksBinary(decoded.text())) {
            throw binary();
        }
        return decoded;
    }

    private static DecodedText decodeByMark(byte[] bytes) throws UnparseableFileException {
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return utf16(bytes, StandardCharsets.UTF_16BE, "UTF-16BE");
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return utf16(bytes, StandardCharsets.UTF_16LE, "UTF-16LE");
        }
        if (containsNul(bytes)) {
            throw binary();
        }
        int offset = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        try {
            return new DecodedText(strict(StandardCharsets.UTF_8, bytes, offset), "UTF-8", List.of());
        } catch (CharacterCodingException e) {
            // Not UTF-8: Windows-1252 maps every byte but five to a character; those five become U+FFFD.
            String text = new String(bytes, offset, bytes.length - offset, WINDOWS_1252);
            return new DecodedText(text, "windows-1252", List.of(WINDOWS_1252_WARNING));
        }
    }

    private static DecodedText utf16(byte[] bytes, Charset charset, String name) throws UnparseableFileException {
        try {
            return new DecodedText(strict(charset, bytes, 2), name, List.of());
        } catch (CharacterCodingException e) {
            throw new UnparseableFileException(UnparseableFileException.UNDECODABLE,
                    "the file starts with a " + name + " byte order mark but is not valid " + name + " text");
        }
    }

    private static String strict(Charset charset, byte[] bytes, int offset) throws CharacterCodingException {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                .toString();
    }

    private static boolean looksBinary(String text) {
        long controls = text.chars().filter(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f'
                || c == 0x7F).count();
        return text.indexOf('\0') >= 0 || controls * CONTROL_CHARACTER_RATIO > text.length();
    }

    private static boolean containsNul(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static UnparseableFileException binary() {
        return new UnparseableFileException(UnparseableFileException.BINARY, "the file holds binary data, not text");
    }
}
