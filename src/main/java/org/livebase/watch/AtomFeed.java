package org.livebase.watch;

import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.livebase.web.Language;
import org.livebase.web.Messages;

/**
 * Writes an Atom 1.0 feed (RFC 4287) of watch events, newest first. Feed readers send no language cookie, so every
 * text is in both languages, Chinese first, as on printed certificates. Written with the JDK's XML writer, which
 * escapes every value.
 */
final class AtomFeed {

    static final String NAMESPACE = "http://www.w3.org/2005/Atom";
    static final String MEDIA_TYPE = "application/atom+xml";

    /**
     * @param self the feed's own absolute URL, also its id
     * @param page the HTML page the feed belongs to
     * @param title the title in Chinese and English
     * @param empty the {@code updated} of a feed without entries: when what it watches came to be
     */
    record Header(String self, String page, String[] title, Instant empty) {
    }

    private AtomFeed() {
    }

    static String write(Header header, List<WatchEvent> events, String publicUrl) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setDefaultNamespace(NAMESPACE);
            xml.writeStartElement(NAMESPACE, "feed");
            xml.writeDefaultNamespace(NAMESPACE);
            xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", "zh-CN");
            text(xml, "id", header.self());
            text(xml, "title", both(header.title()[0], header.title()[1]));
            text(xml, "updated", time(events.isEmpty() ? header.empty() : events.get(0).occurredAt));
            link(xml, "self", MEDIA_TYPE, header.self());
            link(xml, "alternate", "text/html", header.page());
            xml.writeStartElement("author");
            text(xml, "name", both(Messages.get(Language.CHINESE, "app.name"), Messages.get(Language.ENGLISH, "app.name")));
            text(xml, "uri", publicUrl + "/");
            xml.writeEndElement();
            for (WatchEvent event : events) {
                entry(xml, event, publicUrl);
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing XML to a string does not fail", e);
        }
        return out.toString();
    }

    /** The id a watch event has everywhere: Atom entry id here, {@code id} of a webhook delivery as its number. */
    static String entryId(WatchEvent event) {
        return "urn:livebase:event:" + event.id;
    }

    private static void entry(XMLStreamWriter xml, WatchEvent event, String publicUrl) throws XMLStreamException {
        xml.writeStartElement("entry");
        text(xml, "id", entryId(event));
        text(xml, "title", both(title(Language.CHINESE, event), title(Language.ENGLISH, event)));
        text(xml, "updated", time(event.occurredAt));
        text(xml, "published", time(event.occurredAt));
        link(xml, "alternate", "text/html", publicUrl + profilePath(event));
        link(xml, "related", "text/html", publicUrl + "/verify?number="
                + URLEncoder.encode(event.certificateNumber, StandardCharsets.UTF_8));
        xml.writeEmptyElement("category");
        xml.writeAttribute("term", event.type.key());
        xml.writeAttribute("label", Messages.get(Language.ENGLISH, "watch.event." + event.type.name()));
        xml.writeStartElement("content");
        xml.writeAttribute("type", "text");
        xml.writeCharacters(summary(Language.CHINESE, event) + "\n" + summary(Language.ENGLISH, event));
        xml.writeEndElement();
        xml.writeEndElement();
    }

    static String profilePath(WatchEvent event) {
        return switch (event.partyKind) {
            case BASE -> "/bases/" + event.partyId;
            case ESTATE -> "/estates/" + event.partyId;
            case AGENCY -> "/agencies/" + event.partyId;
        };
    }

    private static String title(Locale locale, WatchEvent event) {
        return Messages.get(locale, "watch.entry.title", Messages.get(locale, "watch.event." + event.type.name()),
                name(locale, event.partyName, event.partyNameEn));
    }

    private static String summary(Locale locale, WatchEvent event) {
        String authority = "system".equals(event.authority) ? Messages.get(locale, "watch.authority.system")
                : Messages.get(locale, "watch.authority.bureau", name(locale, event.city.nameZh, event.city.nameEn));
        String reason = event.reason == null ? Messages.get(locale, "watch.entry.no-reason")
                : Messages.get(locale, "recognition.reason." + event.reason.name());
        return Messages.get(locale, "watch.entry.summary",
                Messages.get(locale, "recognition.kind." + event.partyKind.name()),
                name(locale, event.partyName, event.partyNameEn), name(locale, event.titleZh, event.titleEn),
                event.certificateNumber, name(locale, event.city.nameZh, event.city.nameEn), reason, authority,
                event.validFrom.toString(), event.validTo.toString());
    }

    private static String name(Locale locale, String chinese, String english) {
        return Language.ENGLISH.equals(locale) && english != null && !english.isBlank() ? english : chinese;
    }

    private static String both(String chinese, String english) {
        return chinese.equals(english) ? chinese : chinese + " / " + english;
    }

    private static String time(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant);
    }

    private static void text(XMLStreamWriter xml, String element, String value) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String type, String href) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", href);
    }
}
