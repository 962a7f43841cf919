# Russian tone lexicon (Wirewatch). Format: see ToneLexiconFile and docs/models.md.
# No Russian sentiment lexicon has a licence Wirewatch could ship. The sentiment words are the
# English ones carried over ([bridge]): the lemmas of the word bridge (bridge.words) and of
# tone.bridge (Russian equivalents of English sentiment words, written for Wirewatch) take the
# valence of their English concept, so a story and its translation find the same words at the same
# valence. The rule words below are written for Wirewatch.

[settings]
lemmas = yes

[bridge]
# each lemma of the word bridge takes the English valence of its concept (BridgedValences)
bridge.words
tone.bridge

[negation]
не ни нет без нельзя никогда

[booster]
очень крайне весьма чрезвычайно совершенно абсолютно особенно сильно резко глубоко = 0.293
слегка немного чуть несколько отчасти едва = -0.293

[reversal]
# Words that lessen or end what follows: a bad thing after them ("снизить риск", "остановить
# насилие") is good news, as English [reversal]. Lemmas, written for Wirewatch.
снизить снижать сократить сокращать уменьшить уменьшать ослабить ослаблять облегчить облегчать
смягчить смягчать предотвратить предотвращать избежать избегать остановить останавливать прекратить
прекращать преодолеть преодолевать побороть победить вылечить излечить устранить устранять
ликвидировать искоренить пережить спастись запретить запрещать отменить отменять сдержать сдерживать
снижение сокращение предотвращение прекращение лечение

[contrast]
но однако зато
