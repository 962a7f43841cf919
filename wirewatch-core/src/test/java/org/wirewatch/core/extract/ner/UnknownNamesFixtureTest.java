package org.wirewatch.core.extract.ner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.wirewatch.core.extract.ner.cues.NameCuesRegistry;
import org.wirewatch.core.kb.KnowledgeBases;
import org.wirewatch.core.lang.LanguagePacks;
import org.wirewatch.core.linguistics.text.TextSplitter;
import org.wirewatch.core.model.Mention;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Invented news sentences full of names the knowledge base and the dictionaries do not know
 * (Ukrainian and Russian surnames, towns, companies; in English as transliterated), annotated by
 * hand before the name-type model's output on them was looked at: the closest thing this project
 * has to held-out text. Scored exact-span over PER/ORG/LOC with and without the learned typing.
 */
class UnknownNamesFixtureTest {
    /** Text, then type and '|'-separated names; every whole-word occurrence of a name is a gold mention. */
    private static final List<Fixture> FIXTURES = List.of(
            en("Ukrainian border guard spokesman Andrii Demchenko said on Tuesday that Russian drones had struck a grain terminal near Izmail overnight.",
                    "PER", "Andrii Demchenko", "LOC", "Izmail"),
            en("Hnatiuk, who commands the brigade's artillery, told reporters the shelling of Kupiansk had intensified.",
                    "PER", "Hnatiuk", "LOC", "Kupiansk"),
            en("Residents of Vovchansk were evacuated to Chuhuiv after the bridge was destroyed, regional governor Oleh Syniehubov wrote.",
                    "PER", "Oleh Syniehubov", "LOC", "Vovchansk|Chuhuiv"),
            en("The energy company Ukrhydroenergo said repairs at the dam would take months.", "ORG", "Ukrhydroenergo"),
            en("Melnychuk and Prokopenko were detained in Zhytomyr on suspicion of treason, the SBU said.",
                    "PER", "Melnychuk|Prokopenko", "LOC", "Zhytomyr", "ORG", "SBU"),
            en("In a video address, Tkachenko thanked volunteers from Lutsk and Rivne.", "PER", "Tkachenko", "LOC", "Lutsk|Rivne"),
            en("Mayor Ihor Terekhov said the strike on Kharkiv damaged a school.", "PER", "Ihor Terekhov", "LOC", "Kharkiv"),
            en("Fighting continued around Toretsk and Huliaipole, according to military analyst Oleksandr Kovtoniuk.",
                    "PER", "Oleksandr Kovtoniuk", "LOC", "Toretsk|Huliaipole"),
            en("Shevchuk later met Dmytro Bondarchuk, the head of the Vinnytsia regional council.",
                    "PER", "Shevchuk|Dmytro Bondarchuk", "LOC", "Vinnytsia"),
            en("Prosecutors in Odesa charged Kostiantyn Lytvynenko with embezzlement.", "LOC", "Odesa", "PER", "Kostiantyn Lytvynenko"),
            en("Yesterday Kovalchuk returned to Berdychiv.", "PER", "Kovalchuk", "LOC", "Berdychiv"),
            ru("Глава администрации Вадим Сиротенко сообщил, что в Шебекино повреждены жилые дома.",
                    "PER", "Вадим Сиротенко", "LOC", "Шебекино"),
            ru("По словам Кравчука, обстрелы Волчанска не прекращались всю ночь.", "PER", "Кравчука", "LOC", "Волчанска"),
            ru("Жители Новозыбкова пожаловались губернатору Богомазу на отключения электричества.",
                    "LOC", "Новозыбкова", "PER", "Богомазу"),
            ru("Компания Росатомэнерго опровергла сообщения об аварии.", "ORG", "Росатомэнерго"),
            ru("Следователи задержали Тимура Гайдамака в Саратове.", "PER", "Тимура Гайдамака", "LOC", "Саратове"),
            ru("Мэр Липецка Роман Ченцов заявил, что беспилотник упал на промзону.", "LOC", "Липецка", "PER", "Роман Ченцов"),
            ru("Об этом рассказал Мельниченко, выступая в Курске.", "PER", "Мельниченко", "LOC", "Курске"),
            ru("Оппозиционер Ковтун покинул Екатеринбург.", "PER", "Ковтун", "LOC", "Екатеринбург"),
            uk("Речник бригади Юрій Гнатюк повідомив про атаку на Кременчук.", "PER", "Юрій Гнатюк", "LOC", "Кременчук"),
            uk("За словами Сиротюка, ситуація під Покровськом залишається складною.", "PER", "Сиротюка", "LOC", "Покровськом"),
            uk("Мешканців Куп'янська евакуювали до Балаклії.", "LOC", "Куп'янська|Балаклії"),
            uk("Компанія Укргідроенерго заявила, що ремонт триватиме місяцями.", "ORG", "Укргідроенерго"),
            uk("Голова громади Олег Мельничук зустрівся з Ткаченком у Житомирі.",
                    "PER", "Олег Мельничук|Ткаченком", "LOC", "Житомирі"),
            uk("Прокурори в Одесі повідомили про підозру Костянтину Литвиненку.", "LOC", "Одесі", "PER", "Костянтину Литвиненку"),
            uk("Бондарчук подякував волонтерам із Луцька та Рівного.", "PER", "Бондарчук", "LOC", "Луцька|Рівного"),
            uk("Вчора Ковальчук повернувся до Бердичева.", "PER", "Ковальчук", "LOC", "Бердичева"));

    private static EntityRecognizer recognizer(boolean learnedTyping) {
        return new EntityRecognizer(KnowledgeBases.builtIn(), LanguagePacks.discover(), NameCuesRegistry.standard(), LanguagePacks.discover().nameKeys(),
                new TextSplitter(), learnedTyping ? WordTypeGuesser.bundled() : WordTypeGuesser.NONE);
    }

    @Test
    void learnedTypingFindsMoreOfTheUnknownNamesWithoutLosingPrecision() {
        Score rulesOnly = score(recognizer(false), "rules only");
        Score withModel = score(recognizer(true), "rules + name-type model");
        assertTrue(withModel.f1() > rulesOnly.f1(), "F1 " + withModel.f1() + " vs " + rulesOnly.f1());
        assertTrue(withModel.precision() >= rulesOnly.precision() - 0.05, "precision " + withModel.precision() + " vs " + rulesOnly.precision());
    }

    @Test
    void aSurnameTypedByTheModelStaysThatPersonForTheRestOfTheDocument() {
        String text = "Hnatiuk spoke first. Officials said Hnatiuk would visit Kupiansk again on Friday.";
        List<Mention> found = Recognizers.STANDARD.recognize(text, "en", null).mentions();
        List<String> types = found.stream().filter(m -> m.text().equals("Hnatiuk")).map(Mention::type).toList();
        assertTrue(types.contains("PER") && types.stream().allMatch("PER"::equals), found.toString());
    }

    private static Score score(EntityRecognizer recognizer, String label) {
        int gold = 0;
        int predicted = 0;
        int correct = 0;
        for (Fixture f : FIXTURES) {
            Set<String> goldSpans = f.spans();
            Set<String> found = new HashSet<>();
            for (Mention m : recognizer.recognize(f.text(), f.lang(), "2026-11-20").mentions()) {
                if (!Set.of("PER", "ORG", "LOC").contains(m.type())) continue;
                found.add(m.start() + ":" + m.end() + ":" + m.type());
            }
            Set<String> missed = new HashSet<>(goldSpans);
            missed.removeAll(found);
            Set<String> wrong = new HashSet<>(found);
            wrong.removeAll(goldSpans);
            if (!missed.isEmpty() || !wrong.isEmpty()) System.out.println("  [" + label + "] " + f.text() + "\n     missed " + describe(f.text(), missed) + " wrong " + describe(f.text(), wrong));
            gold += goldSpans.size();
            predicted += found.size();
            found.retainAll(goldSpans);
            correct += found.size();
        }
        Score s = new Score(gold, predicted, correct);
        System.out.printf(Locale.ROOT, "fixture NER (%s): gold %d predicted %d correct %d  P %.3f R %.3f F1 %.3f%n",
                label, gold, predicted, correct, s.precision(), s.recall(), s.f1());
        return s;
    }

    private static List<String> describe(String text, Set<String> spans) {
        List<String> out = new ArrayList<>();
        for (String s : spans) {
            String[] p = s.split(":");
            out.add(text.substring(Integer.parseInt(p[0]), Integer.parseInt(p[1])) + "/" + p[2]);
        }
        return out;
    }

    private record Score(int gold, int predicted, int correct) {
        double precision() {
            return predicted == 0 ? 0 : (double) correct / predicted;
        }

        double recall() {
            return gold == 0 ? 0 : (double) correct / gold;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    private record Fixture(String lang, String text, Map<String, String> names) {
        Set<String> spans() {
            boolean[] taken = new boolean[text.length()];
            Set<String> out = new HashSet<>();
            for (String name : names.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed()).toList()) {
                Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])").matcher(text);
                while (m.find()) {
                    boolean free = true;
                    for (int i = m.start(); i < m.end(); i++) free &= !taken[i];
                    if (!free) continue;
                    for (int i = m.start(); i < m.end(); i++) taken[i] = true;
                    out.add(m.start() + ":" + m.end() + ":" + names.get(name));
                }
            }
            return out;
        }
    }

    private static Fixture en(String text, String... typeAndNames) {
        return new Fixture("en", text, names(typeAndNames));
    }

    private static Fixture ru(String text, String... typeAndNames) {
        return new Fixture("ru", text, names(typeAndNames));
    }

    private static Fixture uk(String text, String... typeAndNames) {
        return new Fixture("uk", text, names(typeAndNames));
    }

    private static Map<String, String> names(String... typeAndNames) {
        Map<String, String> byName = new LinkedHashMap<>();
        for (int i = 0; i < typeAndNames.length; i += 2) {
            for (String name : typeAndNames[i + 1].split("\\|")) byName.put(name, typeAndNames[i]);
        }
        return byName;
    }
}
