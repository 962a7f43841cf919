# Russian tone lexicon (Wirewatch). Format: see ToneLexiconFile and docs/models.md.
# No Russian sentiment lexicon has a licence Wirewatch could ship, so this file holds only the
# rule words (written for Wirewatch). The sentiment words are learned from RuSentNE-2023 train by
# `wirewatch train sentiment --lang ru --words ...` and installed with the wirewatch-models jar
# (org/wirewatch/models/tone/ru.words); without that jar Russian gets no tone.

[settings]
lemmas = yes

[negation]
не ни нет без нельзя никогда

[booster]
очень крайне весьма чрезвычайно совершенно абсолютно особенно сильно резко глубоко = 0.293
слегка немного чуть несколько отчасти едва = -0.293

[contrast]
но однако зато
