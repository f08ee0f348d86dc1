package it.zona.participation.tables;

import java.util.Locale;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * How a sentence refers to a table by its name, in the reader's language: "al tavolo «Anziani»"
 * for a table named "Anziani", but "al «Tavolo anziani e non autosufficienza»" for one whose name
 * already says it is a table, never "al tavolo Tavolo …" (nor "at table Tavolo …").
 *
 * <p>The reference is a {@link MessageSourceResolvable} passed as a message's argument, so the
 * message source says it in the language the message is said in, even when the argument was built
 * long before, without a locale (a refusal's arguments, a flash message). Templates call it as
 * {@code #{members.caption(${@tableNames.reference(table.name)})}}.
 */
@Component("tableNames")
public class TableNames {

    /** A name that already says it is a table: "Tavolo …" in Italian, "Table …" in English. */
    private static final String[] TABLE_WORDS = {"tavolo", "table"};

    /** For templates, which may not call static methods: {@link #referenceTo}. */
    public MessageSourceResolvable reference(String name) {
        return referenceTo(name);
    }

    /** The table's name, as a message's argument. */
    public static MessageSourceResolvable referenceTo(String name) {
        String code = saysTable(name) ? "table.reference.named" : "table.reference";
        return new DefaultMessageSourceResolvable(new String[] {code}, new Object[] {name}, name);
    }

    /** True when the name begins with the word for a table, whatever its case ("tavolo tecnico …"). */
    public static boolean saysTable(String name) {
        if (name == null) {
            return false;
        }
        String lower = name.strip().toLowerCase(Locale.ROOT);
        for (String word : TABLE_WORDS) {
            if (lower.startsWith(word)
                    && (lower.length() == word.length() || !Character.isLetterOrDigit(lower.charAt(word.length())))) {
                return true;
            }
        }
        return false;
    }
}
