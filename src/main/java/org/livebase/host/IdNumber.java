package org.livebase.host;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/**
 * The resident identity card number (公民身份号码, GB 11643-1999): a 6-digit region code, the birth date as
 * {@code yyyyMMdd}, a 3-digit sequence and a check character, 0–9 or X, over the first 17 (ISO 7064 MOD 11-2).
 */
public final class IdNumber {

    private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
    private static final String CHECK = "10X98765432";
    private static final DateTimeFormatter BIRTH_DATE = DateTimeFormatter.ofPattern("uuuuMMdd")
            .withResolverStyle(ResolverStyle.STRICT);

    private IdNumber() {
    }

    /**
     * Whether {@code number} has 17 digits, a real birth date that is not in the future, and the right check character
     * ({@code X} upper case).
     */
    public static boolean isValid(String number) {
        if (number == null || number.length() != 18 || !number.substring(0, 17).chars().allMatch(Character::isDigit)) {
            return false;
        }
        return birthDate(number).filter(date -> !date.isAfter(LocalDate.now())).isPresent()
                && number.charAt(17) == checkCharacter(number.substring(0, 17));
    }

    /** The birth date the number holds, if it is a real date. */
    public static Optional<LocalDate> birthDate(String number) {
        try {
            return Optional.of(LocalDate.parse(number.substring(6, 14), BIRTH_DATE));
        } catch (DateTimeParseException | IndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    /** The check character over the first 17 digits. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }

    /** A valid number from its first 17 digits. */
    public static String complete(String first17) {
        return first17 + checkCharacter(first17);
    }
}
