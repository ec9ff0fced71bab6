package org.livebase.watch;

import java.util.ArrayList;
import java.util.List;

/**
 * A webhook as the form on {@code /my/webhooks} and {@code POST /api/v1/webhooks} submit it: the URL, and a filter
 * where a blank part means "any" (a city code, a party kind {@code base|estate|agency}, event types).
 */
public class WebhookForm {

    public String url;

    public String city;

    public String partyKind;

    public List<String> eventTypes = new ArrayList<>();
}
