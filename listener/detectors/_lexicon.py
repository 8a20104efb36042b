"""Hand-made word lists the detectors share: feelings, stop words, synonyms, other languages."""

from __future__ import annotations


def split_words(text: str) -> frozenset[str]:
    """The whitespace-separated words of `text`, as a set."""
    return frozenset(text.split())


FEELING_WORDS: frozenset[str] = split_words(
    """
    sad unhappy upset hurt hurting angry mad furious livid annoyed irritated frustrated frustrating
    anxious worried nervous scared afraid frightened terrified fearful panicked panicky uneasy tense
    stressed stressful overwhelmed overwhelming swamped lonely alone isolated isolating abandoned rejected
    depressed down low hopeless helpless powerless stuck trapped lost confused torn conflicted
    disappointed disappointing betrayed cheated let-down humiliated embarrassed ashamed guilty
    jealous envious resentful bitter overlooked ignored invisible unseen unappreciated undervalued
    unheard dismissed disrespected unimportant insecure inadequate worthless useless exhausted tired
    drained burnt burned worn heartbroken heartbreaking devastated devastating crushed gutted shattered
    miserable grief grieving sorrow sorrowful shocked blindsided stunned numb empty restless
    unsure uncertain doubtful vulnerable exposed unsafe threatened pressured pressure
    happy glad excited thrilled proud relieved grateful thankful hopeful joyful delighted content
    calm peaceful confident loved cared appreciated valued safe pleased ecstatic elated overjoyed
    upsetting scary frightening terrifying painful hurtful infuriating maddening annoying worrying
    distressed distressing troubled troubling disheartened discouraged demoralised demoralized
    defeated broken sick fed-up pissed irritable agitated jittery worn-out hopelessness sadness anger
    fear anxiety worry stress frustration loneliness guilt shame embarrassment disappointment
    helplessness exhaustion grief jealousy hurt pain heartbreak despair panic dread
    mortified anguish anguished distraught regret regretful remorse nostalgic homesick bored
    unmotivated lethargic apathetic overworked underappreciated misunderstood unloved unwanted
    left-out neglected excluded humiliating embarrassing shameful lonesome small stupid foolish
    awkward uncomfortable unsupported sidelined undermined belittled patronised patronized invalidated
    micromanaged resentment
    """
)
"""Words naming a feeling (adjectives, participles and nouns)."""

HARDSHIP_WORDS: frozenset[str] = split_words(
    """
    hard difficult tough rough awful terrible horrible horrendous dreadful painful unfair unjust
    frustrating upsetting scary stressful overwhelming heartbreaking exhausting sad lonely hurtful
    challenging devastating confusing draining disappointing annoying infuriating worrying frightening
    brutal crushing isolating demoralising demoralizing humiliating embarrassing unsettling distressing
    traumatic sucks rubbish tricky heavy miserable depressing concerning alarming shocking nightmare
    terrifying maddening unbearable intense complicated cruel harsh hurtful deflating disheartening
    discouraging mortifying gutting vulnerable lonely loss blow shock gut-punch disappointment unkind
    disrespectful insulting unacceptable scary worst rollercoaster roller-coaster violating invasive degrading
    """
)
"""Words that describe a situation as hard (used to acknowledge it: "that sounds hard")."""

STOPWORDS: frozenset[str] = split_words(
    """
    a an the and or but so if then than that this these those there here it its it's is are was were be
    been being am do does did doing done have has had having i me my mine myself you your yours yourself
    we us our he him his she her hers they them their what which who whom whose when where why how
    not no nor very really just also too quite so such can could would should will shall may might must
    to of in on at by for with about from into onto over under up down out off again once all any both
    each few more most other some own same only even still yet ever never always lot lots thing things
    get got gets getting go going went gone make made know think feel felt feeling like sounds sound
    seems seem say said tell told one ones way well oh okay ok yes yeah hi hello hey im i'm you're
    don't didn't doesn't can't won't isn't aren't wasn't weren't i've you've i'd you'd i'll you'll
    something anything nothing everything someone anyone everyone because as while though although
    right now time much many let lets let's maybe perhaps kind sort bit able want wants wanted
    give gave given take took taken put come came see saw look looked need needs try tried keep kept
    today really actually pretty stuff guess sure good morning afternoon evening night thanks thank welcome
    bye hope glad nice great happy
    mate babe hun hon bro bruh dude sis pal buddy lads bestie fam sweetie hunny
    """
)
"""Function and filler words left out of content overlap, and words of address ("mate", "hun"), which
speaker and listener share without sharing an idea."""

SYNONYMS: tuple[tuple[str, ...], ...] = (
    ("job", "work", "career", "employ", "role", "office", "workplace", "company"),
    ("boss", "manager", "supervisor", "employer", "superior"),
    ("colleague", "coworker", "co-worker", "teammate", "team"),
    ("fire", "sack", "laid", "layoff", "redundant", "dismiss", "unemploy", "lose"),
    ("promot", "promotion", "raise", "advance"),
    ("partner", "boyfriend", "girlfriend", "husband", "wife", "spouse", "fiance", "fiancee", "ex"),
    ("friend", "buddy", "mate", "pal", "bestie"),
    ("parent", "mom", "mum", "mother", "dad", "father", "mommy", "daddy"),
    ("child", "kid", "son", "daughter", "baby", "children"),
    ("famili", "family", "relative", "sibling", "brother", "sister"),
    ("money", "financ", "debt", "bill", "rent", "salary", "income", "pay", "afford", "broke"),
    ("school", "class", "college", "university", "study", "exam", "test", "grade", "course", "homework"),
    ("pandemic", "covid", "corona", "coronaviru", "virus", "lockdown", "quarantin"),
    ("breakup", "split", "divorce", "dump", "separat"),
    ("sad", "unhappy", "down", "low", "depress", "miserabl", "blue"),
    ("angry", "mad", "furious", "livid", "pissed", "rage", "anger", "annoy", "irritat"),
    ("frustrat", "fed-up"),
    ("scare", "scary", "afraid", "fear", "frighten", "terrifi", "terrify", "panic"),
    ("anxious", "anxiou", "anxiety", "worry", "nervous", "uneasy", "tense"),
    ("stress", "pressur", "overwhelm", "swamp"),
    ("lonely", "alone", "isolat", "loneli", "lonesom"),
    ("tired", "exhaust", "drain", "burn", "burnt", "worn", "fatigu"),
    ("hurt", "pain", "painful", "wound", "sting"),
    ("embarrass", "humiliat", "asham", "shame", "mortifi"),
    ("overlook", "ignor", "unseen", "invisibl", "unnotic", "passed"),
    ("unfair", "unjust", "wrong"),
    ("help", "support", "assist"),
    ("talk", "speak", "chat", "convers", "discuss", "tell"),
    ("quit", "leav", "resign"),
    ("sick", "ill", "illness", "diseas", "unwell"),
    ("die", "death", "dead", "pass", "lost", "loss"),
    ("hous", "home", "apartment", "flat", "place"),
    ("sleep", "insomnia", "awake", "rest"),
)
"""Groups of word stems that count as the same idea for content overlap."""

POSITIVE_FEELINGS: frozenset[str] = split_words(
    """
    happy glad excited thrilled proud relieved grateful thankful hopeful joyful delighted content calm
    peaceful confident loved cared appreciated valued safe pleased ecstatic elated overjoyed
    """
)
"""Pleasant feelings: named about "you" they reflect, but they don't make a hardship statement."""

ENGLISH_FUNCTION_WORDS: frozenset[str] = split_words(
    """
    the a an and or but is are was were be been i you he she it we they me my your his her our their
    to of in on at for with that this what how why when where not do does did have has had can could
    would should will so just it's i'm you're don't that's sounds like feel about really very
    """
)
"""Frequent English words; a reply with none of them is probably not English."""

OTHER_FUNCTION_WORDS: frozenset[str] = split_words(
    """
    el la los las un una unos unas y o pero es son está estás estoy que qué de del en por para con
    como cómo muy no sí yo tú usted te lo le les mi tu su nos
    le la les un une des et ou mais est sont je tu il elle nous vous ils elles que qui de du au
    aux pour avec pas très ce cette mon ton son suis es c'est
    der die das ein eine und oder aber ist sind ich du er sie es wir ihr nicht mit für auf sehr
    zu von dem den des bin bist
    o os as um uma e ou mas é são eu você ele ela nós não com para muito de do da em que
    il lo gli uno una e o ma è sono io lei noi voi non con per molto che di
    het een en of maar is zijn ik jij hij zij wij niet met voor heel van
    siento mucho eso esto suena también porque cuando hoy ahora bien mal gracias tengo tienes eres
    ça très avoir être fait aussi toujours parce quand mich mir dich dir nein gut auch
    isso isto também porque quando obrigado você está
    """
)
"""Frequent words of other languages written in Latin script (Spanish, French, German,
Portuguese, Italian, Dutch), to tell them from English."""

ACTION_VERBS: frozenset[str] = split_words(
    """
    try talk speak ask call ring phone text email message write go get take find look reach seek consider
    think join start stop keep focus spend remember do give avoid set put contact apply practice practise
    exercise meditate breathe sleep rest relax eat drink journal use read watch listen move quit leave stay
    block distract schedule plan prioritise prioritize allow treat sign open push agree lend borrow save
    budget cut check visit invite buy sell pay document record send explain confront forgive accept express
    share learn research google hire bring wait pause count clean organise organize pick choose decide
    change switch ignore delete unfollow mute stand note frame phrase mention raise remind book sit report
    make tell let see apologise apologize own drop walk run cook grab download install chat stick hang hold
    distance engage surround limit turn step list update prepare volunteer adopt invest reduce vent unplug
    pray wear wash tidy declutter play dance sing draw paint garden explore travel delegate reply respond
    answer consult hug pamper reward celebrate follow pursue trust lean lower cancel postpone reschedule
    feed swap screenshot correct lay appeal defer suggest
    negotiate request demand insist refuse report sue file fight search browse enrol enroll register
    subscribe work study revise review rethink reconsider reflect cry rant sort figure continue meet
    strengthen attend elope break arrange establish create build divide split slow confide weigh offer
    propose exchange connect reconnect communicate discuss address approach tackle dump ditch divorce label
    facetime skype skip pack lock shut unwind nap stretch swim jog hike bake bathe journal log say laugh
    screenshot photograph print collect gather fill picture lift train come ping dm polish update screen
    charge kick claim complain chase escalate notify warn return replace remove sack post dispute
    """
)
"""Base forms of verbs that a suggestion tells the speaker to do ("talk to her", "maybe try yoga")."""
