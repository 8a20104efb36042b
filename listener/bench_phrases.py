"""Phrase banks the speed benchmark combines into replies (none is taken from the labelled set)."""

from __future__ import annotations

SPEAKER_LINES: tuple[str, ...] = (
    "My manager moved my deadline up a week and didn't even ask.",
    "I haven't slept properly since the baby arrived.",
    "My brother borrowed my car and brought it back with a dent.",
    "I got the flat! We move in next month.",
    "The vet says there's nothing more they can do for her.",
    "I keep thinking everyone at the party was laughing at me.",
    "My best mate forgot my birthday and then posted pictures from a gig.",
    "The bank froze my account and nobody can tell me why.",
    "I've been offered a place on the course but it means moving away.",
    "My dad won't go to the doctor even though he's clearly not well.",
    "We had another argument about money last night.",
    "I finally told my team I'm pregnant.",
    "They cancelled my surgery again, the third time this year.",
    "I feel like I'm the only one in the group chat who ever replies.",
    "My landlady wants to put the rent up by two hundred a month.",
    "I passed! I actually passed the bar exam.",
    "My daughter says she hates me and slammed the door.",
    "Work keeps piling things on and I can't say no.",
    "I think my partner is pulling away and I don't know why.",
    "Grandad doesn't recognise me most days now.",
    "",
)
"""Speaker lines for cases without a scenario turn (the empty one scores a reply with no speaker)."""

STEMS: tuple[str, ...] = (
    "It sounds like",
    "So you're saying",
    "If I've got this right,",
    "Seems like",
    "What I'm hearing is",
    "So basically",
    "Sounds as though",
    "Let me check I follow:",
    "You're telling me",
    "",
)

FEELINGS: tuple[str, ...] = (
    "overlooked",
    "exhausted",
    "furious",
    "heartbroken",
    "relieved",
    "anxious",
    "embarrassed",
    "betrayed",
    "lonely",
    "proud",
    "stuck",
    "guilty",
    "scared",
    "hopeful",
    "numb",
    "resentful",
    "overwhelmed",
    "thrilled",
    "ashamed",
    "confused",
    "let down",
    "invisible",
    "trapped",
    "jealous",
)

SITUATIONS: tuple[str, ...] = (
    "the deadline got moved without anyone asking you",
    "nobody noticed how much work you put in",
    "the money keeps running out before the month does",
    "your family expects you to handle everything",
    "the news came out of nowhere",
    "you found out second-hand",
    "you've been holding it together for everyone else",
    "the same thing keeps happening no matter what you try",
    "you finally got what you worked for",
    "you can't switch off at night",
)

OPEN_QUESTIONS: tuple[str, ...] = (
    "What was that like for you?",
    "How did you find out?",
    "What's the hardest part right now?",
    "Tell me more about what happened after.",
    "What do you think you need?",
    "How are you holding up",
    "why do you think he did that?",
    "What went through your head when she said it?",
    "I wonder what you'd want to happen next.",
    "Which bit keeps coming back to you?",
)

CLOSED_QUESTIONS: tuple[str, ...] = (
    "Is that right?",
    "Did you see it coming?",
    "Have you told anyone else?",
    "Was it the first time?",
    "Do you want to talk about it?",
    "Are you okay?",
    "is that close?",
    "Did they give a reason?",
)

VALIDATIONS: tuple[str, ...] = (
    "That sounds really hard.",
    "No wonder you're upset.",
    "It makes sense you'd feel that way.",
    "Anyone would struggle with that.",
    "I'm so sorry.",
    "That's a lot to carry.",
    "Of course that hurts.",
    "You have every right to be angry.",
)

ADVICE: tuple[str, ...] = (
    "You should talk to HR.",
    "Why don't you just quit?",
    "Have you tried making a list?",
    "I'd email them first thing tomorrow.",
    "Maybe try going for a walk.",
    "Don't reply to him tonight.",
    "I don't think you should sign anything yet.",
    "Just ignore her.",
    "You need a holiday.",
)

SELF_TALK: tuple[str, ...] = (
    "That reminds me of when I got fired.",
    "Same thing happened to me last year.",
    "I'm so stressed too, honestly.",
    "My sister went through exactly this.",
    "When my dad was ill I basically lived at the hospital.",
    "Ugh, don't get me started on my landlord.",
)

ROADBLOCKS: tuple[str, ...] = (
    "At least it's not worse.",
    "Don't worry, it'll be fine.",
    "Everything happens for a reason.",
    "You're overreacting a bit.",
    "Look on the bright side.",
    "It's not a big deal.",
    "I'm not saying it's your fault.",
    'My boss always says "you should relax more".',
)

BACKCHANNELS: tuple[str, ...] = (
    "ok",
    "hmm",
    "I see",
    "right",
    "yeah",
    "wow",
    "mm-hmm",
    "oh",
    "really?",
    "true",
    "lol",
    "👍",
)

EMOJI: tuple[str, ...] = ("😢", "❤️", "🙏", "😬", "🫂", "😂", "💔", "🎉", "🙄")

NOT_ENGLISH: tuple[str, ...] = (
    "Lo siento mucho. ¿Cómo te sientes?",
    "Ça a l'air vraiment difficile. Tu veux en parler ?",
    "Das klingt wirklich schwer. Was ist passiert?",
    "Mi dispiace. Come stai adesso?",
    "Sinto muito. O que aconteceu depois?",
    "听起来真的很难。你现在感觉怎么样？",
    "それは本当に大変だったね。",
    "Это звучит тяжело. Хочешь поговорить?",
    "यह सुनकर बहुत दुख हुआ। आप कैसा महसूस कर रहे हैं?",
    "هذا يبدو صعبًا جدًا. كيف حالك؟",
)

FILLER: tuple[str, ...] = (
    "I've been thinking about what you said earlier.",
    "It's been a strange few weeks for everyone.",
    "Honestly I don't know what I'd do in your place.",
    "The whole thing sounds like a mess.",
    "I keep coming back to the bit about the meeting.",
    "Work has been chaos here as well.",
    "We should get dinner soon.",
    "People can be so careless with each other.",
)
"""Neutral sentences that pad long replies out to paragraphs."""
