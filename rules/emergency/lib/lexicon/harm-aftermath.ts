import type { Term } from '../phrases';

/**
 * Death or injury told by what comes after it, bound to the person threatened (issue 13, round 9). A threat often
 * names no act: it hands the person the things that follow a death (a grave, a niche, an obituary, a roadside
 * memorial, an urn) or an injury (an ambulance, a stretcher), or names the people who will mourn them. What makes
 * it a threat is the binding, not the noun: the thing is *for you*, *reserved you*, *your name in* it, or the family
 * *will be crying for you*. The same nouns for someone already dead ("the funeral for her grandmother", "his name is
 * on the war memorial") or for a business ("the funeral home has a message for you") are no threat.
 */

/** What follows a death, by its kind (one category, not one narrative's word). */
const AFTER_DEATH =
  '(?:obituar(?:y|ies)|death\\s+notices?|funerals?|burials?|graves?|niches?|tombs?|tombstones?|headstones?|gravestones?|coffins?|caskets?|urns?|memorials?|descansos?|hearses?|body\\s?bags?|eulog(?:y|ies)|crematorium|cremation)';
/** A noun of death used as the first half of a compound that names a business, a fund or a document. */
const NOT_A_COMPOUND = '(?!\\s+(?:home|homes|director|directors|parlou?r|services?|plans?|insurance|costs?|fund|expenses|cards?|video|mass|arrangements\\s+for\\s+(?:my|his|her|their|our)))';
/** The person spoken to; a threat is said to them. */
const YOU = '(?:you|u|ya|yuh|yu|yous|y[\'’]?all|you\\s+all|both\\s+of\\s+you)';
const YOUR = '(?:your|ur|yuh|yo|yer)';

export const AFTERMATH_BOUND_FAMILY: readonly Term[] = [
  // The thing is for the person spoken to: "a descanso for you by the turnoff", "an urn for you, blue like your eyes"
  new RegExp(`${AFTER_DEATH}${NOT_A_COMPOUND}\\s+(?:\\w+\\s+){0,2}?for\\s+${YOU}\\b`),
  // Given to the person by a verb of getting ready: "reserved you a niche", "dug him a grave", "wrote her a eulogy"
  new RegExp(
    `(?:reserv|book|bought|buy|order|dug|dig|pick|chose|choose|prepar|wrote|writ|arrang|sav|kept|keep|got|get|made|make|built|build)\\w*\\s+(?:${YOU}|her|him|them)\\s+(?:a|an|the|one|${YOUR}|her|his|their)\\s+(?:own\\s+|\\w+\\s+)?${AFTER_DEATH}${NOT_A_COMPOUND}`,
  ),
  // The person's name or picture in it: "look out for yuh name in de obituary page", "her photo will be on a memorial"
  new RegExp(
    `(?:${YOUR}\\s+(?:name|names|face|photo|picture|pic|pics)\\s+(?:(?:will|['’]ll|gonna|is\\s+going\\s+to|going\\s+to)\\s+(?:be|go|appear)\\s+)?|(?:her|his|their)\\s+(?:name|face|photo|picture)\\s+(?:will|['’]ll|gonna|is\\s+going\\s+to|going\\s+to)\\s+(?:be|go|appear)\\s+)(?:in|on)\\s+(?:the|de|da|a|an|${YOUR})\\s+(?:\\w+\\s+)?${AFTER_DEATH}`,
  ),
  // The bereaved, to come: "your ma-them will be crying for you", "your kids gonna be in black for you"
  new RegExp(
    `(?:will|['’]ll|gonna|going\\s+to|shall|would)\\s+be\\s+(?:crying|weeping|wailing|mourning|grieving|wearing\\s+black|dressed\\s+in\\s+black|in\\s+black)\\s+(?:for|over)\\s+${YOU}\\b`,
  ),
  // (round 10) The mourners to come, by any future or a causative: "they'll be singing over you at the cemetery", "I will
  // make your mother sing laments for you", "will make her children weep over her". Singing is mourning only over the
  // person or as a lament ("will sing for you at the wedding" is none); crying only over them ("cry for joy" is none)
  new RegExp(
    `(?:will|['’]ll|gonna|going\\s+to|shall|would|make|makes|made|let)\\s+(?:[\\w'’-]+\\s+){0,3}?(?:be\\s+)?(?:(?:sing|sings|singing)\\s+(?:(?:laments?|dirges?|hymns?|requiems?|elegies|elegy|psalms?)\\s+)?over|(?:sing|sings|singing)\\s+(?:laments?|dirges?|requiems?|elegies|elegy)\\s+for|(?:wail|wails|wailing|mourn|mourns|mourning|grieve|grieves|grieving|lament|laments|lamenting|keen|keening)\\s+(?:for|over)|(?:cry|cries|crying|weep|weeps|weeping)\\s+over)\\s+(?:${YOU}|her|him|them)\\b`,
  ),
  // (round 10) The body found where a body is left, by whoever the threatener makes find it: "I make them find you in the
  // sea", "the fishermen would find her in the lagoon", "we make people find your body in the canal"; not a place of
  // work or a home ("will find you in the office on Monday")
  new RegExp(
    `(?:will|['’]ll|gonna|going\\s+to|shall|would|make|makes|made|let)\\s+(?:[\\w'’-]+\\s+){0,3}?find\\s+(?:${YOU}|her|him|them|${YOUR}\\s+body|(?:his|her|their)\\s+(?:body|bodies))\\s+(?:dead\\s+)?(?:floating\\s+)?(?:in|at|under|on|inside|at\\s+the\\s+bottom\\s+of)\\s+(?:the|a|an|some|that|this|['’]?nto)\\s+(?:[\\w-]+\\s+)?(?:sea|river|lagoon|lake|canal|ditch|bush|swamp|sack|bag|trunk|boot|dump|landfill|gutter|forest|woods|harbou?r|well|marsh|creek|drain|sewer|cane\\s?field|pieces|morgue|quarry|reservoir|bay|ocean)\\b`,
  ),
  // (round 10) Never found, not even by the family: "not even your mother will find you", "nobody would ever find her";
  // not what is found of them ("nobody will find you a flat", "no one will find you guilty")
  new RegExp(
    `(?:not\\s+even|nobody|no\\s?one|no-one)\\b[^.\\n,;]{0,30}?\\b(?:will|['’]ll|gonna|going\\s+to|shall|would)\\s+(?:ever\\s+)?find\\s+(?:${YOU}|her|him|them|${YOUR}\\s+body)\\b(?!\\s+(?:a|an|the|some|any|guilty|innocent|liable|attractive|interesting|boring|online|at\\s+(?:home|work))\\b)`,
  ),
  // Leaving a place in what carries the injured or the dead: "im leaving here in an ambulance", "walk out of that flat in a bag"
  /(?:leave|leaves|leaving|walk\s+out(?:\s+of)?|walking\s+out(?:\s+of)?|come\s+out(?:\s+of)?|coming\s+out(?:\s+of)?|go\s+home\s+from)\s+(?:here|there|(?:this|that|the|your|ur|his|her|their)\s+\w+)\s+(?:in|on)\s+(?:a|an|the)\s+(?:ambulance|body\s?bag|stretcher|box|coffin|casket|hearse|bag)\b/,
];
