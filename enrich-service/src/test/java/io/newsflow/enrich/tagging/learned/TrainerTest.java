package io.newsflow.enrich.tagging.learned;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.newsflow.contracts.Entity;
import io.newsflow.contracts.EntityType;
import io.newsflow.enrich.tagging.entities.EntityTagger;
import io.newsflow.enrich.tagging.entities.Gazetteer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The trainer on a small corpus this test writes itself: invented people, companies and towns in a handful of
 * sentence patterns. A model trained on it must find names it never saw, in the patterns it learned, and training
 * must be reproducible to the byte.
 */
class TrainerTest {

    private static final String[] PEOPLE = {"Tolvar Quenby", "Mirelle Ostrava", "Jaska Penhallow", "Orin Fackler",
        "Delphine Ruskova", "Brannoc Ivel", "Sefa Mantovic", "Ilka Dorrance", "Wendel Tasso", "Corra Blenheimer"};
    private static final String[] COMPANIES = {"Zorblat", "Quimex", "Vandrel", "Ostiga", "Pellorin", "Trasko",
        "Mervane", "Kolbridge", "Sundrax", "Harrowgate"};
    private static final String[] TOWNS = {"Vennia", "Brakstad", "Olmuth", "Carvelle", "Dunmere", "Ysterby",
        "Pallisford", "Kettering Vale", "Ruzomir", "Tallowmere"};
    private static final String[] PATTERNS = {
        "%s , chief executive of %s Corp , said in %s on Tuesday .",
        "Shares of %2$s Corp rose after %1$s visited %3$s .",
        "In %3$s , %1$s told reporters that %2$s Corp would hire more staff .",
        "%2$s Corp opened an office in %3$s , %1$s said ."};

    private final EntityTagger rules = new EntityTagger(Gazetteer.load(Optional.empty()));
    private final Trainer trainer = new Trainer(rules, new Trainer.Settings(8, 3, 7));

    @Test
    void a_model_trained_on_a_few_patterns_finds_names_it_never_saw() throws IOException {
        Trainer.Result result = trainer.train(corpus(0, 7, 40), corpus(7, 10, 8), line -> { });
        var tagger = new LearnedEntityTagger(rules, reread(result));

        List<Entity> entities = tagger.tag("In Ruzomir , Corra Blenheimer told reporters that Sundrax Corp would "
                + "hire more staff .");

        assertThat(entities).extracting(Entity::name, Entity::type).contains(
                tuple("Corra Blenheimer", "PERSON"), tuple("Sundrax Corp", "ORGANIZATION"),
                tuple("Ruzomir", "LOCATION"));
        assertThat(result.dev().micro3()).as("F1 on names it never saw").isGreaterThan(0.8);
        assertThat(result.epochs()).hasSizeLessThanOrEqualTo(8);
    }

    @Test
    void the_same_articles_and_seed_give_the_same_model_bytes() throws IOException {
        byte[] first = bytes(trainer.train(corpus(0, 7, 20), corpus(7, 10, 4), line -> { }));
        byte[] second = bytes(trainer.train(corpus(0, 7, 20), corpus(7, 10, 4), line -> { }));

        assertThat(second).isEqualTo(first);
    }

    @Test
    void a_model_trained_on_other_features_is_refused_with_what_to_do() throws IOException {
        Model other = Model.of("newsflow-entities/0", new long[] {42}, new float[Labels.COUNT],
                new float[Labels.COUNT * Labels.COUNT]);

        var e = org.assertj.core.api.Assertions.catchThrowable(() -> new LearnedEntityTagger(rules, other));

        assertThat(e).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("newsflow-entities/0").hasMessageContaining("newsflow train-tagger");
    }

    /** Articles of {@code count} sentences using names {@code from..to} of each list, drawn with a fixed seed. */
    private static List<AnnotatedArticle> corpus(int from, int to, int count) {
        var random = new Random(from * 31L + count);
        var articles = new ArrayList<AnnotatedArticle>();
        for (int a = 0; a < count; a++) {
            var text = new StringBuilder();
            var names = new ArrayList<AnnotatedArticle.Name>();
            for (int s = 0; s < 3; s++) {
                String person = PEOPLE[from + random.nextInt(to - from)];
                String company = COMPANIES[from + random.nextInt(to - from)] + " Corp";
                String town = TOWNS[from + random.nextInt(to - from)];
                String sentence = String.format(PATTERNS[random.nextInt(PATTERNS.length)],
                        person, company.substring(0, company.length() - " Corp".length()), town);
                int start = text.length();
                mark(names, start, sentence, person, EntityType.PERSON);
                mark(names, start, sentence, company, EntityType.ORGANIZATION);
                mark(names, start, sentence, town, EntityType.LOCATION);
                text.append(sentence).append('\n');
            }
            names.sort(java.util.Comparator.comparingInt(AnnotatedArticle.Name::start));
            articles.add(new AnnotatedArticle("a" + a, text.toString(), names));
        }
        return articles;
    }

    private static void mark(List<AnnotatedArticle.Name> names, int offset, String sentence, String name,
                             EntityType type) {
        int at = sentence.indexOf(name);
        names.add(new AnnotatedArticle.Name(offset + at, offset + at + name.length(), type));
    }

    private static Model reread(Trainer.Result result) throws IOException {
        return Model.read(new ByteArrayInputStream(bytes(result)));
    }

    private static byte[] bytes(Trainer.Result result) throws IOException {
        var out = new ByteArrayOutputStream();
        result.writeModel(out);
        return out.toByteArray();
    }
}
