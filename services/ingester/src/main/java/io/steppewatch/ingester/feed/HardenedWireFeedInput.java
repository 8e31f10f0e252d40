package io.steppewatch.ingester.feed;

import java.io.StringReader;
import java.util.Locale;

import javax.xml.XMLConstants;

import org.jdom2.Document;
import org.jdom2.JDOMException;
import org.jdom2.JDOMFactory;
import org.jdom2.input.sax.SAXHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXNotSupportedException;
import org.xml.sax.XMLReader;

import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SAXBuilder;
import com.rometools.rome.io.WireFeedInput;

/**
 * Rome's input with DOCTYPEs allowed (RSS 0.91 needs one) and everything a DOCTYPE could do disarmed.
 *
 * <p>Rome refuses any DOCTYPE by default. Allowing it naively would open XXE, parameter entities, remote
 * DTDs and entity-expansion bombs, so on top of Rome's own settings this input:
 * <ul>
 *   <li>never loads the external DTD subset, external general or parameter entities (parser features);</li>
 *   <li>sets the JAXP access properties for external DTDs and schemas to "no protocol at all", so even a
 *       missed code path fails instead of connecting;</li>
 *   <li>answers every entity resolution with an empty document, never the default resolver;</li>
 *   <li>refuses any entity declaration in the internal subset as soon as the parser reports it, before a
 *       single reference is expanded: feeds have no business declaring entities, and this closes
 *       billion-laughs and quadratic-blowup attacks without relying on expansion limits.</li>
 * </ul>
 * The HTML entities that real RSS 0.91 feeds use ({@code &eacute;}) are still read: Rome's XML healer
 * rewrites them to character references before parsing.
 */
final class HardenedWireFeedInput extends WireFeedInput {

    private Document document;

    HardenedWireFeedInput() {
        super(false, Locale.US);
        setAllowDoctypes(true);
        setXmlHealerOn(true);
    }

    /** Keeps the parsed document: Rome turns item dates into {@code Date}s and forgets how they were written. */
    @Override
    public WireFeed build(Document parsed) throws IllegalArgumentException, FeedException {
        this.document = parsed;
        return super.build(parsed);
    }

    /** The document the last {@code build} read, or null before any. */
    Document document() {
        return document;
    }

    /** Thrown from the SAX callbacks when a document declares an entity. */
    static final class EntityDeclarationRefused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        EntityDeclarationRefused(String name) {
            super("entity declaration refused: " + name);
        }
    }

    @Override
    protected SAXBuilder createSAXBuilder() {
        SAXBuilder builder = super.createSAXBuilder();
        builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
        builder.setSAXHandlerFactory(EntityRefusingHandler::new);
        builder.setExpandEntities(false);
        XMLReader probe;
        try {
            probe = builder.createParser();
        } catch (JDOMException e) {
            throw new IllegalStateException("no SAX parser available", e);
        }
        setFeatureIfSupported(builder, probe, XMLConstants.FEATURE_SECURE_PROCESSING, true);
        setFeatureIfSupported(builder, probe, "http://xml.org/sax/features/external-general-entities", false);
        setFeatureIfSupported(builder, probe, "http://xml.org/sax/features/external-parameter-entities", false);
        setFeatureIfSupported(builder, probe, "http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        setPropertyIfSupported(builder, probe, XMLConstants.ACCESS_EXTERNAL_DTD, "");
        setPropertyIfSupported(builder, probe, XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return builder;
    }

    private static void setFeatureIfSupported(SAXBuilder builder, XMLReader probe, String name, boolean value) {
        try {
            probe.setFeature(name, value);
            builder.setFeature(name, value);
        } catch (SAXNotRecognizedException | SAXNotSupportedException e) {
            // Another parser on the class path; the entity handler below still refuses declarations.
        }
    }

    private static void setPropertyIfSupported(SAXBuilder builder, XMLReader probe, String name, Object value) {
        try {
            probe.setProperty(name, value);
            builder.setProperty(name, value);
        } catch (SAXNotRecognizedException | SAXNotSupportedException e) {
            // As above: defence in depth, not the only line.
        }
    }

    /** JDOM's handler, refusing entity declarations the moment the parser reports them. */
    private static final class EntityRefusingHandler extends SAXHandler {

        EntityRefusingHandler(JDOMFactory factory) {
            super(factory);
        }

        @Override
        public void internalEntityDecl(String name, String value) {
            throw new EntityDeclarationRefused(name);
        }

        @Override
        public void externalEntityDecl(String name, String publicId, String systemId) throws SAXException {
            throw new EntityDeclarationRefused(name);
        }

        @Override
        public void unparsedEntityDecl(String name, String publicId, String systemId, String notationName) {
            throw new EntityDeclarationRefused(name);
        }
    }
}
