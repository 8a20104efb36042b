"""Must-fire / must-not-fire examples for forms read in the eleventh and twelfth blind batches of labelled
replies (sessions 8 and 9): neighbours and community, men talking to mates, university students; recovery
peers, teenagers texting, carers dictating by voice.

Each row names one general form: an appraisal that tells the speaker's event again in a clause of its
own ("That's so unfair, being blamed for...", "Having him hang up on you would rattle anyone") restates it,
while their own words handed back, a generalisation ("can be so stressful") or the listener's own time do
not; "what you need is...", "have you looked into whether...", "let's put together / write down..." advise;
"let's talk tomorrow" does not; "how you doing with it, honestly" asks without "?"; "lol same, mine..." and
"we had the same with..." turn to the listener; "takes guts", "that's shabby", "bang out of order" accept;
British "you want to ring the agent" advises when they named neither the act nor its object, not when it
is their wish or the purpose of the listener's offer ("I could drive you so you can sort it"); "of course
you want it sorted, you've been saving..." and "just so I've got it right, ..." restate; "gutted for
you", "you're a legend", "you're better off without him", "maybe deep down you..." and "isn't the end of
the world" do not.
From the twelfth: "did mum say anything", "talk to me" and "...anyway what did your mum say" ask without
"?"; a hopeful guess with "??" and "can you blame her" ask nothing; "what hours" asks one fact; "that's got
to hurt", "so much pressure", "I'd be fuming in your shoes", "thats so shit ...", "an impossible position"
accept, a bare "shit." does not; "that's really rough being hung up on..." restates with no comma; "you don't
deserve that" and "you're not missing much" do not; "I'm skint as well" turns to the listener; "what I'd
say is..." and "One day at a time." advise. "I get the sense you..." and "I'm hearing that..." are
reflective stems, not the listener's own story; "So what I'm hearing you say is that...?" checks, it asks
no wh-question. From the fourteenth: "doesn't make you weak", "it's all right to be angry", "you've every
right to be", "one of the hardest calls", "a real worry" accept, "sorry for the inconvenience" and "it's
very common for people to..." (the event) do not; "a nightmare for us too" turns to the listener; a
referral advises, "you can always try again" consoles; "give me an example" and "can we talk about what
happened" ask openly; "Watching him walk off with your deposit - that stings" restates; "I hear you, and
..." restates nothing by its own "you". From the fifteenth: a wh-question that offers its answers
("what hurt more, the voicemail or the way he hung up?") is closed; "Valid." accepts; "that's me and my
old flatmate" and "too much for me too" turn to the listener, "I'm just glad you told me" and "I thought
it was..." do not; a sceptic's "though, right?" asks nothing. From the sixteenth: "must feel like
you're...", "you can't bear...", "so whenever you...", "you'd always pictured..." restate; "you'd want
to + a step" at a sentence's start advises, "it makes sense you'd want to..." does not; "I just want to
understand what..." and "did he say why..." ask openly; "that would make my blood boil", "sorry he's
done this to you", "Aye, grim." accept; "this exact thing happened to my sister" and "I said that before
you..." turn to the listener.
Every example is written for this table, none is taken from a labelled set.
"""

from __future__ import annotations

from tests.scoring.form_table import Case, signal_form_test

SPEAKER = (
    "My landlord kept my whole deposit and says the carpet was ruined. I cried on the phone to him and he "
    "just hung up. I've told my mum I'll sort it myself."
)

CASES: list[Case] = [
    # (signal, what the rows cover, must set the signal, must not)
    (
        "paraphrase",
        "an appraisal with the event told again in a clause; not an echo, a generalisation, the listener",
        [
            "That's so unfair, being blamed for a carpet that was worn before you moved in.",
            "Having him hang up on you while you were in tears would rattle anyone.",
            "It must feel awful, losing the money you saved for a whole year.",
        ],
        [
            "Crying on the phone is the worst, it's so draining.",
            "Losing a deposit can be so stressful.",
            "Dealing with landlords has been so hard for me this year.",
        ],
    ),
    (
        "advice",
        "'what you need is', 'have you looked into whether', 'let's' with a step; not a talk or a 'not'",
        [
            "What you need is a proper tenancy adviser.",
            "It sounds like what you need is someone in your corner.",
            "Have you looked into whether your deposit was protected?",
            "Let's put together a list of everything he's claiming.",
            "Let's write down what he said on the call.",
        ],
        [
            "Let's talk tomorrow when you've slept.",
            "Let's not get into it tonight.",
            "What you needed was someone on your side, and he hung up.",
            "Have you thought about whether you want to stay there?",
        ],
    ),
    (
        "question",
        "'how you doing / holding up' without its 'are' and without '?'",
        ["How you doing with it all, honestly", "how you holding up, mate"],
        ["How you kept calm on that call I'll never know.", "You doing the big shop later, I'll come."],
    ),
    (
        "self_focus",
        "'same' after a chat opener, 'we had the same with...'",
        [
            "lol same, still fuming about my old flat",
            "omg same, I lost two hundred quid to mine",
            "We had the same with our last landlord, never saw a penny of it.",
        ],
        ["Same landlord as Priya's, isn't it?", "We had the same thought, that carpet was ancient."],
    ),
    (
        "validation",
        "'takes guts' with no 'it', British appraisals of how they were treated",
        [
            "Takes guts to ring him back after that.",
            "That's shabby, keeping the lot over a carpet.",
            "That's bang out of order.",
            "That's a disgrace.",
            "That's outrageous.",
        ],
        ["He takes a lot of liberties with tenants.", "The carpet was out of date anyway."],
    ),
    (
        "advice",
        "British 'you want to' with a step they never named; not their wish, nor the purpose of an offer",
        [
            "You want to ring the letting agent and get it in writing.",
            "You want to email the letting agent before Friday.",
        ],
        [
            "You want to tell him how much it hurt, but you're scared he'll laugh.",
            "You want to get your deposit back, of course you do.",
            "I could drive you over on Saturday so you can sort it out in person.",
        ],
    ),
    (
        "paraphrase",
        "'of course you...', 'just so I've got it right'; not sympathy, praise, verdicts, 'deep down'",
        [
            "Of course you want it sorted, you've been saving for a year.",
            "Just so I've got it right, he kept all of it over one carpet?",
        ],
        [
            "Gutted for you, mate.",
            "You're a legend for not losing it with him.",
            "You're better off without that landlord, honestly.",
            "Maybe deep down you never trusted him with that deposit.",
            "Your deposit going isn't the end of the world.",
        ],
    ),
    # Forms read in the twelfth batch: recovery peers, teenagers texting, carers dictating by voice.
    (
        "question",
        "'did <name> say...' and 'talk to me' without '?', a question after 'anyway' in a dictated run",
        [
            "did mum say anything after",
            "I'm here. Talk to me.",
            "I had a landlord like that too I used to lie awake about it anyway what did your mum say",
        ],
        ["maybe he just forgot to send the photos??", "After all that, can you blame her for worrying?"],
    ),
    ("open_question", "one fact asked", [], ["what hours is the agency open"]),
    (
        "validation",
        "'that's got to hurt', 'so much pressure', 'in your shoes', chat appraisals, an impossible position",
        [
            "That's got to hurt.",
            "that's so much pressure on top of everything",
            "I'd be fuming in your shoes",
            "thats so shit finding out from a voicemail",
            "that sounds like an impossible position to be put in",
        ],
        ["shit.", "it all feels impossible right now"],
    ),
    (
        "paraphrase",
        "an appraisal and the event with no comma, after 'ugh'; not a verdict or minimising",
        [
            "that's really rough being hung up on when you're already in tears",
            "ugh that's such a horrible feeling, dreading every call from your landlord",
        ],
        ["You don't deserve that.", "honestly you're not missing much, that flat was damp anyway"],
    ),
    (
        "self_focus",
        "the listener's own state 'as well'",
        [
            "I know exactly what you mean I'm skint as well I paid my deposit twice this year",
            "I know exactly what you mean I'm gutted as well I lost mine last spring",
        ],
        [],
    ),
    (
        "paraphrase",
        "'I know exactly what you mean' frames the listener's own news (dictated); it restates nothing",
        [],
        ["I know exactly what you mean I'm gutted as well I lost mine last spring"],
    ),
    (
        "advice",
        "'what I'd say is' with a step, a recovery slogan",
        [
            "what I'd say is ring the deposit scheme tomorrow and ask for their dispute form",
            "One day at a time.",
        ],
        [],
    ),
    # Reflective stems the listener says of themself (read in AnnoMI transcripts): not self-focus.
    (
        "self_focus",
        "'I get the sense...', 'I'm hearing that...' reflect; they do not turn to the listener",
        [],
        [
            "I get the sense you didn't expect him to hang up.",
            "I'm hearing that you want to sort it yourself.",
        ],
    ),
    (
        "open_question",
        "'what I'm hearing is...?' checks (closed), it is no wh-question",
        [],
        ["So what I'm hearing you say is that you'd rather your mum stayed out of it?"],
    ),
    (
        "paraphrase",
        "a reflection inside the check",
        ["So what I'm hearing you say is that you'd rather your mum stayed out of it?"],
        ["I have a feeling he'll back down once the scheme writes to him."],
    ),
    # Forms read in the fourteenth batch: faith and pastoral care, managers, front-line staff.
    (
        "validation",
        "shame lifted, permission ('all right to be angry'), 'one of the hardest', 'a real worry'",
        [
            "Crying on the phone to him doesn't make you weak.",
            "It's all right to be angry about the deposit.",
            "You're livid, and you've every right to be.",
            "It's one of the hardest calls to make.",
            "That's a real worry, on top of the move.",
        ],
        [
            "I'm sorry for the inconvenience, the scheme only takes claims online.",
            "It's very common for people to lose something off their deposit.",
            "It's usually nothing to worry about, most agents hold a bit back.",
        ],
    ),
    (
        "self_focus",
        "'a nightmare for us too'; not 'I don't have an answer' or 'I'm not going anywhere'",
        ["I know, it's been a nightmare for us too, our landlord did the same."],
        ["I don't have an answer to that. But I'm not going anywhere."],
    ),
    (
        "advice",
        "a referral the listener makes; not consolation ('you can always try again'), nor weighing 'whether'",
        ["I'd like to refer you to the housing advice team."],
        [
            "At least you can always try again with the next place.",
            "Watching him walk off with your deposit - that stings, and it's got you wondering whether"
            " renting is worth it.",
        ],
    ),
    (
        "open_question",
        "requests for an example or to talk about what happened",
        [
            "Can you give me a recent example of him doing that?",
            "Can we talk about what happened on the call, if you're up to it?",
        ],
        [],
    ),
    (
        "paraphrase",
        "the event first, then 'that stings'; 'I hear you' followed by nothing of theirs",
        [
            "Watching him walk off with your deposit - that stings, and it's got you wondering whether"
            " renting is worth it."
        ],
        ["I hear you, and to be honest, it's the same everywhere."],
    ),
    # Forms read in the fifteenth batch: dating and friendships, newcomers, neurodivergent adults.
    (
        "open_question",
        "a wh-question that offers its answers is closed; a comma after a filler offers nothing",
        ["What have you tried so far, um, with the scheme or anything like that?"],
        ["What hurt more, the voicemail or the way he hung up?"],
    ),
    ("validation", "a one-word acceptance", ["Valid."], []),
    (
        "self_focus",
        "'that's me and...', 'for me too'; not 'I'm just glad you told me', 'I thought it was...'",
        [
            "That's me and my old flatmate, we never saw a penny back either.",
            "Honestly the whole thing would be too much for me too.",
        ],
        ["I'm just glad you told me.", "I thought it was a friendly landlord, honestly."],
    ),
    (
        "question",
        "a sceptic's tag ('though, right?', 'don't we all ... though?') asks nothing",
        [],
        [
            "Everyone loses a deposit these days though, right?",
            "Don't we all get ripped off by landlords though?",
        ],
    ),
    # Forms read in the sixteenth batch: farming and rural life, online harassment, co-parenting.
    (
        "paraphrase",
        "'must feel like you're...', 'you can't bear...', 'so whenever you...', 'you'd always pictured...'",
        [
            "Must feel like you're being punished for his old carpet.",
            "You can't bear the thought of ringing him again.",
            "So whenever you ask for it back, he changes the subject.",
            "You'd always pictured getting it back in full.",
        ],
        [],
    ),
    (
        "advice",
        "'you'd want to + a step' at a sentence's start, 'swap to...'; not 'it makes sense you'd want to...'",
        [
            "You'd want to screenshot every message and send it to the scheme.",
            "Swap to email so it's all in writing.",
        ],
        ["It makes sense you'd want to avoid him for a while."],
    ),
    (
        "open_question",
        "'I just want to understand what...', 'did he say why...'",
        [
            "I just want to understand what that call was like for you.",
            "Did he say why he's keeping all of it?",
        ],
        [],
    ),
    (
        "validation",
        "'that would make my blood boil', 'sorry he's done this to you', 'Aye, grim.'",
        ["That would make my blood boil.", "I'm so sorry he's done this to you.", "Aye, grim."],
        [],
    ),
    (
        "self_focus",
        "a story of the listener's own family, being proven right",
        [
            "This exact thing happened to my sister, she had to take hers to court.",
            "I said that before you signed the lease.",
        ],
        [],
    ),
]

test_signal_form = signal_form_test(CASES, SPEAKER)
