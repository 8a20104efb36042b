"""Must-fire / must-not-fire examples for forms read in session 12 (the own set's misses and the flips of each
change on the own set, ESConv and the never-read batches, counted only).

A sentence that opens with "So" and goes on to their story restates it, whatever word comes next: "so every
time...", "so even going home...", "so it felt like...", "so one comment..."; "so one thing you could try"
opens a suggestion, not a restatement; "Like you're a guest in your own flat." and "Caught between..." restate
with their stem cut short. A feeling named about their situation ("having your food eaten is so infuriating")
is not a reflection in a reply that advises or tells the listener's own story, as a restatement with no stem
is not; nor is one beside empty reassurance ("you'll find a better flatmate soon enough", "she'll grow out of
it"). The listener's own story after "ahh" or "aww", "ours is exactly the same", a sentence of the listener's
household ("we moved out in March and I...", "we've been stuck with ours for two years") and a story told
before ", so I know how you feel" turn the talk to the listener. "Sack her" and "could you post..." suggest a
step; "violating", "invasive" and "degrading" appraise what happened to them, as "this is the best news" and
"that's enormous" do good news. "When you still have to share a kitchen with her" describes a burden. "Dispute
the charge" and "I'd be having words with her" are steps, and so is "have you rung the agent?" when the next
sentence gives its reason ("they deal with this", "could be...", "like..."); "totally understandable to dread
it" and "anger is normal with something like that" accept the feeling, as "shared fridges are the worst" does
("flatmates are the worst" sides against a class of people). "That's beyond frustrating" and "an awful place
to be" appraise their lot. "That's not fair, I texted you back!" defends the listener, it accepts nothing.
"That's a massive thing to ask of you", "That's fair." (a complaint granted), "there's no rush" and "you don't
owe her an explanation" accept. Every example is written for this table, none is taken from a labelled set.
"""

from __future__ import annotations

from tests.scoring.form_table import Case, signal_form_test

SPEAKER = (
    "My flatmate keeps eating my food, and when I finally said something she laughed in my face. Now every "
    "time I open the fridge I get angry. I don't even want to go home after work."
)

CASES: list[Case] = [
    # (signal, what the rows cover, must set the signal, must not)
    (
        "paraphrase",
        "'So' and then any opening of their story restates it; 'so one thing you could try' suggests",
        [
            "So every trip to the kitchen is a reminder of it.",
            "So even home isn't a refuge any more.",
            "So it felt like she didn't take you seriously at all.",
            "So one laugh, and home's spoiled.",
        ],
        ["So one thing you could try is a lock on your cupboard.", "So sorry."],
    ),
    (
        "paraphrase",
        "a sentence opened by 'Like you're...' or 'Caught between...' restates",
        [
            "Like you're a guest in your own flat.",
            "Caught between keeping the peace and standing up for yourself.",
        ],
        ["Like you know, it happens."],
    ),
    (
        "paraphrase",
        "a feeling named about their situation serves advice, one's own story or a put-down beside it",
        ["Having your food eaten and then being laughed at is so infuriating."],
        [
            "Having your food eaten and then being laughed at is so infuriating. Get a lock for your shelf.",
            "Having your food eaten is so infuriating. I had a flatmate like that for two years.",
        ],
    ),
    (
        "paraphrase",
        "a restatement with no stem beside empty reassurance ('you'll find...', 'I'm sure you...') serves it",
        ["She keeps eating your food and laughed when you raised it."],
        [
            "She eats your food and laughed when you raised it. You'll find a better flatmate soon enough.",
            "She eats your food and laughs about it. I'm sure you'll be fine once you move.",
            "She's been laughing at you over the food. She'll grow out of it.",
        ],
    ),
    (
        "paraphrase",
        "a feeling named in a fragment with no subject, the listener's word or two of theirs side by side",
        ["Humiliated?", "Hurt and furious at the same time.", "Embarrassed rather than angry, then?"],
        [
            "Angry?",
            "Scary.",
            "Glad you said something though.",
            "Feeling angry about food is so common.",
            "Gutted for you.",
        ],
    ),
    (
        "paraphrase",
        "a feeling or event called normal or common restates nothing",
        [],
        [
            "Getting angry when someone eats your food is so normal.",
            "feeling like you don't want to go home is really common when a flatmate laughs at you",
        ],
    ),
    (
        "question",
        "a question inside a dictated run-on with no punctuation at all",
        [
            "oh no im so sorry hun have you told the landlord what shes doing",
            "thats so rubbish and you must be fuming would she be up for a rota for the fridge",
            "ugh that laugh would get to me too how long has this been going on",
        ],
        ["you have the right to your own shelf whatever she says", "i know exactly what you mean thats grim"],
    ),
    (
        "invalidation",
        "a put-down someone else said to them, or their own view of it, is reported, not said",
        ["Count your blessings, at least you have a flat."],
        [
            "You finally spoke up and got told to count your blessings.",
            "Part of you feels it's no big deal, and part of you dreads going home.",
        ],
    ),
    (
        "self_focus",
        "the listener's story told from its time inside a dictated run-on",
        [
            "i know exactly what you mean when my flatmate moved in i stopped buying cheese altogether",
            "ugh thats grim honestly i had one who ate my leftovers every single night for a year",
        ],
        [],
    ),
    (
        "self_focus",
        "the listener's own story after 'ahh' or 'aww', 'ours is...', 'we moved out and I...', and a story "
        "before ', so I know how you feel'",
        [
            "ahh I'm gonna miss having a flatmate at all tbh, the house is so quiet",
            "Ours is exactly the same, eats everything in sight.",
            "We moved out in March and I still can't face a shared kitchen.",
            "We went through three flatmates in a year and our fridge was never safe.",
            "We've been stuck with ours for two years, she never pays a bill.",
            "I lived with a food thief for two years and she never said sorry, so I know how you feel.",
        ],
        [
            "We'll get through this, I promise.",
            "We went through worse than this together.",
            "I know she made you feel small, and that's not okay.",
            "Ours is not to judge.",
        ],
    ),
    (
        "advice",
        "'have you...?' about a step, with its reason next: 'they deal with...', 'could be...', 'like...'",
        [
            "Have you rung the letting agent? They deal with this kind of thing all the time.",
            "have you had a word with the landlord? could be in the tenancy agreement",
            "Have you asked for a lockable cupboard? Like the ones in student halls.",
        ],
        ["Have you had a chance to talk to her? How did it go?", "Have you seen her since? Like, properly?"],
    ),
    (
        "advice",
        "'I'd be + a step in progress' ('having words', 'packing her bags'); not a reaction or a habit",
        ["I'd be having words with her.", "Honestly I'd be packing her stuff into boxes tonight."],
        ["I'd be crying too.", "I'd be going spare.", "I'd be checking my shelf every night."],
    ),
    (
        "advice",
        "'dispute' as a step",
        ["Dispute the damage charge with the landlord."],
        [],
    ),
    (
        "validation",
        "'understandable to...' with no 'it's'; 'normal with something like that'",
        ["Totally understandable to dread going home.", "Anger is totally normal with something like that."],
        [],
    ),
    (
        "validation",
        "'beyond' before an appraisal; a hard place named ('an awful place to be')",
        ["That's beyond frustrating.", "That's such an awful place to be.", "What a lonely spot to be in."],
        ["Home is not a safe place to be for you right now."],
    ),
    (
        "validation",
        "'that's a big thing to lose', 'must have really stung', 'That's fair.', 'there's no rush', 'you "
        "don't owe anyone...'",
        [
            "That's a massive thing to ask of you.",
            "That must have really stung.",
            "That's fair.",
            "There's no rush to decide anything.",
            "You don't owe her an explanation.",
        ],
        ["Fair enough, but it's only food."],
    ),
    (
        "validation",
        "'that's not fair, I...' defends the listener against their complaint",
        [],
        [
            "That's not fair, I cleaned the whole kitchen for you on Sunday.",
            "That's not fair, I texted you back!",
        ],
    ),
    (
        "validation",
        "something of theirs called the worst; not a class of people, nor 'you'",
        ["oof shared fridges are the worst ngl", "Passive-aggressive notes are the worst."],
        ["Flatmates are the worst lol.", "You are the worst.", "That flatmate is the worst."],
    ),
    (
        "advice",
        "'sack' and 'post' as steps to take",
        ["Sack her off and find someone new.", "Could you post a note on the fridge?"],
        ["I'll post you the spare key.", "She got the sack from her last place, apparently."],
    ),
    (
        "advice",
        "'when / while you (still) have to...' describes their burden; a step after it still advises",
        ["When you see her, you have to be firm about the food."],
        [
            "Makes sense you'd want to avoid a row when you still have to share a kitchen with her.",
            "That's rough while you have to live with her.",
        ],
    ),
    (
        "validation",
        "'violating', 'invasive', 'degrading'; 'this is the best news', 'that's enormous'",
        ["That's so violating.", "Honestly that's degrading.", "This is the best news.", "That's enormous."],
        ["She sounds invasive."],
    ),
]

test_signal_form = signal_form_test(CASES, SPEAKER)
