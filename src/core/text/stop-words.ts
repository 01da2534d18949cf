import { normalizeText } from './normalize.js';

// Function words that carry no topic. Kept short on purpose: question words
// such as "when"/"متى" are dropped here but read separately by the answerer.
const ENGLISH = `a about above after again against all also am an and any are as at be because been before
being below between both but by can could did do does doing down during each few for from further had has
have having he her here hers herself him himself his how i if in into is it its itself just me more most my
myself no nor not now of off on once only or other our ours ourselves out over own same she should so some
such than that the their theirs them themselves then there these they this those through to too under until
up very was we were what when where which while who whom why will with would you your yours yourself
yourselves according said say says tell told did does according whats what's`;

// Written unnormalised for readability; folded below with the same normaliser
// the index uses, so "إلى" and "الى" are both caught.
const ARABIC = `في من على إلى الى عن مع هذا هذه ذلك تلك هؤلاء التي الذي الذين اللذين اللتين اللاتي ما ماذا
متى أين كيف كم لماذا هل أن إن أنه إنه أنها إنها كان كانت يكون تكون كانوا لم لن لا قد ثم أو أم بل لكن
و ف ب ل ك وفي وفى ومن وعلى وعن ومع وهو وهي هو هي هم هن نحن أنا أنت أنتم كل بعض أي أيضا أيضًا حتى
عند عندما بين بعد قبل حول خلال منذ لدى دون غير مثل حيث إذ إذا إذًا لقد فقد وقد كما بما مما عما فيما
به بها له لها لهم فيه فيها منه منها عليه عليها إليه إليها ذات يا وقال قال قالت وأضاف
حسب وفقا وفقًا بحسب نفسه نفسها نفسهم أنفسهم أنفسنا نفسي نفسك بنفسه بنفسها بأنفسهم`;

function toSet(words: string): Set<string> {
  return new Set(words.split(/\s+/).filter(Boolean).map((word) => normalizeText(word)));
}

export const ENGLISH_STOP_WORDS = toSet(ENGLISH);
export const ARABIC_STOP_WORDS = toSet(ARABIC);
