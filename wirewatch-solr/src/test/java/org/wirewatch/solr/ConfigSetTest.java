package org.wirewatch.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.wirewatch.core.kb.KnowledgeBases;
import org.wirewatch.core.lang.LanguagePacks;
import org.wirewatch.core.model.Article;
import org.wirewatch.index.StoreSchema;
import org.wirewatch.index.analysis.TextAnalysis;

/** The configset in the repository carries every field the embedded index writes, analysed the same way. */
class ConfigSetTest {
    static Map<String, String> fieldTypes = new HashMap<>();
    static Map<String, Element> types = new HashMap<>();
    static StoreSchema schema;

    @BeforeAll
    static void read() throws Exception {
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(SolrCollections.file("schema.xml").getBytes(StandardCharsets.UTF_8)));
        NodeList fields = xml.getElementsByTagName("field");
        for (int i = 0; i < fields.getLength(); i++) {
            Element f = (Element) fields.item(i);
            fieldTypes.put(f.getAttribute("name"), f.getAttribute("type"));
        }
        NodeList fieldTypeList = xml.getElementsByTagName("fieldType");
        for (int i = 0; i < fieldTypeList.getLength(); i++) {
            Element t = (Element) fieldTypeList.item(i);
            types.put(t.getAttribute("name"), t);
        }
        schema = StoreSchema.of(KnowledgeBases.builtIn(), LanguagePacks.discover());
    }

    @Test
    void each_language_body_field_is_analysed_by_the_class_its_pack_names() throws IOException {
        for (Map.Entry<String, TextAnalysis> body : schema.bodyFields().entrySet()) {
            String type = fieldTypes.get(body.getKey());
            assertNotNull(type, "the configset has no field " + body.getKey());
            Element analyzer = (Element) types.get(type).getElementsByTagName("analyzer").item(0);
            String sample = "Ölçü Сибіги «Блинкена» Dnipro's DRONES attacked Zürich, 40 missiles";
            if (!analyzer.getAttribute("class").isEmpty()) {
                assertEquals(body.getValue().analyzer().getClass().getName(), analyzer.getAttribute("class"), body.getKey());
            } else {
                assertEquals(tokens(body.getValue().analyzer(), sample), tokens(factories(analyzer), sample), body.getKey());
            }
        }
    }

    @Test
    void every_field_an_article_writes_is_in_the_schema() throws IOException {
        List<String> missing = new ArrayList<>();
        for (Article a : ExampleCorpus.analysed()) {
            for (StoreSchema.FieldValue f : schema.fields(a)) {
                if (!f.name().equals(StoreSchema.DIGEST) && !fieldTypes.containsKey(f.name()) && !missing.contains(f.name())) missing.add(f.name());
            }
        }
        assertTrue(missing.isEmpty(), "fields the configset lacks: " + missing);
    }

    /** The analyzer a {@code <tokenizer>}/{@code <filter>} chain of Solr factories builds. */
    private static Analyzer factories(Element analyzer) throws IOException {
        CustomAnalyzer.Builder b = CustomAnalyzer.builder();
        Element tokenizer = (Element) analyzer.getElementsByTagName("tokenizer").item(0);
        b.withTokenizer(spiName(tokenizer.getAttribute("class"), "TokenizerFactory"));
        NodeList filters = analyzer.getElementsByTagName("filter");
        for (int i = 0; i < filters.getLength(); i++) {
            b.addTokenFilter(spiName(((Element) filters.item(i)).getAttribute("class"), "FilterFactory"));
        }
        return b.build();
    }

    /** "solr.LowerCaseFilterFactory" → "lowercase", the name Lucene's factory lookup knows. */
    private static String spiName(String solrClass, String suffix) {
        String simple = solrClass.substring(solrClass.lastIndexOf('.') + 1);
        return simple.substring(0, simple.length() - suffix.length()).toLowerCase(java.util.Locale.ROOT);
    }

    private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(term.toString());
            ts.end();
        }
        return out;
    }
}
