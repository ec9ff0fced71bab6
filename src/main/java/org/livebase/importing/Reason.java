package org.livebase.importing;

import org.livebase.web.Language;
import org.livebase.web.Messages;

/** Why something went wrong, for the API: the message key as a stable code, and the message in both languages. */
public record Reason(String code, String message, String messageZh) {

    static Reason of(String key, String argument) {
        Object[] args = argument == null ? new Object[0] : new Object[] { argument };
        return new Reason(key, Messages.get(Language.ENGLISH, key, args), Messages.get(Language.CHINESE, key, args));
    }
}
