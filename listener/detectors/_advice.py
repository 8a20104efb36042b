"""Advice and solutions in a reply: "you should...", "why don't you...", imperative suggestions."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from listener.detectors._cues import Hit
from listener.detectors._questions import questions
from listener.detectors._text import disclaimed_before, masked, sentences

if TYPE_CHECKING:
    from listener.scoring import TurnContext

_MODAL_ADVICE = re.compile(
    r"(?<![\w'])(?:you (?:should|shouldn't|ought to|oughta|need to|have to|must|might want to|may want to"
    r"|could try|can try|could always|can always|might try|could consider|should consider|could maybe"
    r"|can maybe|could also|can also|could just|can just|could look|can look|could talk|can talk|could ask"
    r"|can ask|could speak|can speak|could reach|can reach|could go|can go|could get|can get|could find"
    r"|can find|could call|can call|could start|can start|could take|can take|could see|can see a|could join"
    r"|can join|could write|can write|could use|can use|could focus|can focus|could spend|can spend"
    r"|could make"
    r"|can make|could let|can let|could set|can set|could tell|could contact|can contact|could apply"
    r"|can apply|could check|can check|could put|can put|could give|can give|could do|can do some)"
    r"|you'd better|you had better|you better|i (?:would|'d) (?:suggest|recommend|advise|encourage|say)"
    r"|i (?:suggest|recommend|advise|encourage you)|my (?:advice|suggestion|recommendation)|if i (?:were"
    r"|was) you"
    r"|it (?:might|may|could|would|will|can) (?:help|be (?:good|helpful|a good idea|worth|wise|best"
    r"|beneficial"
    r"|useful|nice|great)) (?:to|if you|for you)|it(?:'s| is| would be| might be) (?:a good idea|best|worth"
    r"|wise|helpful|important|good) (?:to|if you|for you to)|(?:the best|one) (?:thing|way|option) (?:to do "
    r"|you"
    r" can do |you could do )?(?:is|would be) to|what you (?:need|should|could) (?:to )?do is"
    r"|a good (?:idea|way|thing|option|start|step) (?:would be|is|might be|could be)|maybe (?:you|try"
    r"|consider"
    r"|talk|ask|look|go|get|take|find|reach|start|write|call|see|speak|just)|perhaps (?:you|try|consider|talk"
    r"|ask|look|go|get|take|find|reach|start|write|call|see|speak)"
    r"|(?:try|trying) (?:to|and|talking|speaking|asking|looking|going|getting|taking|writing|finding|reaching"
    r"|some|a|an|the|not|meditat|exercis|journal|yoga|therapy|counsel|calling|joining|making|setting|doing"
    r"|focusing|spending|keeping|out|it|this|that|something|being)\b)"
)
_NOT_ADVICE_AFTER = re.compile(
    r"\s*(?:be (?:so |really |very )?proud|feel (?:so |really )?(?:proud|good about)|be (?:feeling|so"
    r"|really)?"
    r"\s*(?:frustrated|upset|exhausted|angry|sad|hurt|tired|scared|worried)|have (?:felt|been)|know (?:that"
    r"|you"
    r"(?:'re| are) not)|hear)"
)
_VERBS = (
    "try talk speak ask call go get take find look reach seek consider think write join start stop keep focus"
    " spend remember do give avoid set put contact apply practice practise exercise meditate breathe sleep"
    " rest"
    " eat drink journal use read watch listen move quit leave stay block distract schedule plan prioritise"
    " prioritize allow treat sign open push agree lend borrow save budget cut check visit invite buy sell pay"
    " document record send explain confront forgive accept express share learn research google hire bring"
    " wait pause count clean organise organize pick choose decide change switch ignore delete unfollow mute"
    " stand note frame phrase mention raise remind email text message book sit report make tell let see"
    " apologise apologize own elope have drop walk run cook grab download install ring chat"
)
_IMPERATIVE = re.compile(
    r"^(?:(?:maybe|perhaps|just|so|and|also|then|please|definitely|first|honestly|really|but|ok|okay|well"
    r"|now|next time|seriously|i mean|i think|personally|tbh|look)[,\s]+)*"
    r"(?:(?:when|if|once|before|after|whenever|until) [^,]{1,60},\s*(?:(?:maybe|just|then|please)\s+)*)?"
    r"(?P<verb>(?:don't|do not|never) (?!worry|be\b|cry|stress|panic|feel|blame|beat|give up on yourself)\w+"
    r"|(?:" + "|".join(_VERBS.split()) + r")(?![\w'])(?!,)(?! (?:me|us|you|care|it easy on yourself)\b)"
    r"|i(?:'d| would)(?: probably| definitely| just| honestly)? (?!love|like|be\b|feel|imagine|guess|have"
    r"|think|say that|want|hate|never)\w+)"
)
_CLOSING = re.compile(
    r"^(?:take care|keep (?:it up|going|safe|your chin|your head)|stay (?:safe|strong|positive)|go for it"
    r"|get well|have (?:a (?:good|great|nice|lovely)|fun)|let me|see you|let's see|look at you|have you|make"
    r" sense|see,)"
)


def advice(ctx: TurnContext) -> list[Hit]:
    """Advice statements in the reply (advice asked as a question is in `_questions`)."""
    hit = ctx.cache.get("advice")
    if isinstance(hit, list):
        return hit
    text = masked(ctx)
    asked = {q.sentence.start for q in questions(ctx) if q.kind != "advice"}
    found: list[Hit] = []
    for s in sentences(ctx):
        if s.start in asked:
            continue
        body = s.text
        for m in _MODAL_ADVICE.finditer(body):
            if _NOT_ADVICE_AFTER.match(body, m.end()) or disclaimed_before(text, s.start + m.start()):
                continue
            found.append((s.start + m.start(), s.start + m.end(), m.group(0)))
            break
        else:
            m2 = _IMPERATIVE.match(body)
            if m2 and not _CLOSING.match(body) and not s.is_question_marked:
                found.append((s.start + m2.start("verb"), s.start + m2.end(), m2.group("verb")))
    ctx.cache["advice"] = found
    return found
