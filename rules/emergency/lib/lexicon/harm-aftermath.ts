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
  // Leaving a place in what carries the injured or the dead: "im leaving here in an ambulance", "walk out of that flat in a bag"
  /(?:leave|leaves|leaving|walk\s+out(?:\s+of)?|walking\s+out(?:\s+of)?|come\s+out(?:\s+of)?|coming\s+out(?:\s+of)?|go\s+home\s+from)\s+(?:here|there|(?:this|that|the|your|ur|his|her|their)\s+\w+)\s+(?:in|on)\s+(?:a|an|the)\s+(?:ambulance|body\s?bag|stretcher|box|coffin|casket|hearse|bag)\b/,
];
