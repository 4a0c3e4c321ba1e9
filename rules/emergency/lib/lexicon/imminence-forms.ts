import type { Term } from '../phrases';

/**
 * Imminence in the forms writers use that the other lists do not spell out (issue 13, round 4, written from the
 * language rather than from misses): near times and countdowns in numbers, a suspect closing in on the person, and
 * live states ("he has the child", "is following her"). Read, like the other cues, only once a harm is stated.
 */
export const NEAR_TIME_FORMS: readonly Term[] = [
  'by (nightfall|dawn|daybreak|first light|sunset|sundown|dusk|lunchtime|close of (play|business)|the (weekend|morning|evening|end of the (day|night|week)))',
  /in\s+(?:\d+|\d+[.,]\d+)\s*(?:hours?|hrs?|h|minutes?|mins?)\b/,
  /(?:\d+|one|two|three|four|five|six|twelve|24|48|72)\s*(?:hours?|hrs?|minutes?|mins?)\s+(?:left|to\s+go|remaining|remain|until|till|before)\b/,
  /(?:you['’]?ve|you\s+have|u\s+have|u\s+got|you\s+got|ya\s+got|has|have)\s+(?:only\s+|just\s+)?(?:(?:\d+|one|two|three|a\s+few|a\s+couple\s+of)\s+(?:hours?|hrs?|minutes?|mins?)|(?:[1-3]|one|two|three)\s+days?)\s+(?:to|left|before|until|till)\b/,
  /t[\s-]?minus\b/,
  'later (today|tonight|this (morning|afternoon|evening))',
  '(this|the) coming (night|hours?)',
  'at any second',
  '(this )?coming (weekend|week|night|hours?|days)',
  /by\s+(?:[1-9]|1[0-2])(?:[:.][0-5]\d)?\s*(?:am|pm|a\.m\.|p\.m\.)/,
  /(?:in|within)\s+(?:under|less\s+than|about|around|roughly)\s+(?:an|one|a|two|three|\d+)\s+(?:hours?|hrs?|minutes?|mins?)/,
  'by the time (school|work|class|she|he|they|the (school|shift|match|party|service|class))',
  '(as soon as|the moment|once|when) (she|he|they) (leaves?|gets? (home|back|out)|finishes|arrives?|comes? (home|back|out))',
  // A schedule of today that the harm waits for: "her shift ends at 10pm", "she is due to leave at 1800"
  '(shift|school|class|work|service|match|party|event|wedding|funeral|hearing) (ends|finishes|starts|begins|is) at',
  '(is |are )?due (to (leave|arrive|finish|start|be (back|home|released))|back|home|out|in court) (at|by|in|tomorrow|today|tonight)',
  'imminently',
];

/** The suspect closing in on the person: travelling towards them, near them, following them. */
export const APPROACH_FORMS: readonly Term[] = [
  '(en route|headed|inbound) (to|towards|for)',
  '(closing in|getting closer|moving closer)',
  /\d+\s*(?:km|kms|miles?|mi|minutes?|mins?)\s+(?:away\s+from|from)\s+(?:her|his|their|the\s+(?:victim|house|home|school|address))/,
  '(boarded|boarding|on) (a|the) (bus|train|flight|plane|ferry|coach) (to|towards|for)\\b',
  '(crossed|crossing) (the border|into)',
  '(set|sets|setting) off (to|towards|toward|for)',
  "(knows|found out|discovered|has (located|found|traced|tracked down)|located|traced|tracked down) (where (she|he|they) (is|are|lives?|live|stays?|is staying|works?)|(her|his|their) (new )?(address|house|home|flat|location|school|workplace))",
  "(pulling|pullin'?|pull|rolling|rollin'?|roll|sliding|slidin'?) (up|thru|through)\\b",
  '(is|are|was) (following|tailing|stalking|chasing|hunting|searching for|looking for) (her|him|them|the (victim|child|girl|boy|family))\\b',
];

/** A danger that holds now: the suspect has the person, keeps them, is with them. */
export const LIVE_STATE_FORMS: readonly Term[] = [
  "(he|she|they|the (suspect|subject|offender|father|mother|man|woman)) (still |currently )?(has|have|'s got|has got) (her|him|them|the (child|baby|girl|boy|kids|children|victim))\\b",
  '(is|are) (keeping|hiding) (her|him|them|the (child|baby|girl|boy|kids|children|victim))\\b',
  '(remains|is still|are still|is currently|are currently) (with|in the (car|vehicle|house|flat|room) with)',
  'as (things|it) stand',
  '(stream|broadcast|live|livestream|video call|call) is (still )?(running|on|live|ongoing|going)',
  '(standing|sitting|perched|hanging|climbing) (on|outside|over|at|onto) (the )?(railings?|ledge|edge|roof|parapet|bridge|balcony)',
  '(tiktok|instagram|ig|facebook|fb|youtube|twitch|snap(chat)?) live\\b',
];

export const IMMINENCE_FORMS: readonly Term[] = [...NEAR_TIME_FORMS, ...APPROACH_FORMS, ...LIVE_STATE_FORMS];
