/**
 * The tag vocabulary: Food.com's own tags (lowercase, hyphenated).
 *
 * The head is calibrated on §2.7 (top 10 and the largest 1999→2018 changes), §3.6 (seasonal tags) and §4.6
 * (weekend/weekday tags, given there in percentage points and turned here into log-odds: Δp / (p·(1 − p))). The
 * tail is ~450 more real tags, its rarest ones under the reference's 50-occurrence cut.
 */
import type {ModelledItem, TailItem} from "./vocabulary.js";

/** Tags with calibrated shares. */
export const MODELLED_TAGS: readonly ModelledItem[] = [
  // The ten most frequent (§2.7).
  {name: "preparation", share: 0.99905},
  {name: "time-to-make", share: 0.9983},
  {name: "course", share: 0.9437, weekend: -0.18},
  {name: "main-ingredient", share: 0.7361, drift: -0.1854, weekend: -0.033},
  {name: "dietary", share: 0.7171, drift: -0.5962},
  {name: "easy", share: 0.5551},
  {name: "occasion", share: 0.4906, drift: -0.4473},
  {name: "cuisine", share: 0.3883, drift: -0.2058},
  {name: "low-in-something", share: 0.3713},
  {name: "60-minutes-or-less", share: 0.3327, drift: 0.1198},
  // Rising and falling tags (§2.7).
  {name: "for-1-or-2", share: 0.035, drift: 0.0797},
  {name: "main-dish", share: 0.3, drift: 0.0748, weekend: -0.053},
  {name: "breakfast", share: 0.07, drift: 0.0473, weekend: 0.068},
  {name: "snacks", share: 0.05, drift: 0.0394, weekend: -0.057},
  {name: "seafood", share: 0.05, drift: 0.0387},
  {name: "shrimp", share: 0.02, drift: 0.0385},
  {name: "mexican", share: 0.035, drift: 0.0365, weekend: -0.124},
  {name: "cocktails", share: 0.025, drift: 0.0364},
  {name: "pizza", share: 0.008, drift: 0.0359},
  {name: "equipment", share: 0.3, drift: -0.5107, weekend: -0.033},
  {name: "oven", share: 0.29, drift: -0.4909},
  {name: "number-of-servings", share: 0.25, drift: -0.3971},
  {name: "north-american", share: 0.29, drift: -0.2145},
  {name: "american", share: 0.23, drift: -0.1925},
  {name: "desserts", share: 0.2, drift: -0.1502, season: {Winter: 0.08, Autumn: 0.05, Summer: -0.08}},
  // Seasonal tags (§3.6).
  {name: "thanksgiving", share: 0.015, season: {Autumn: 1.6, Winter: -0.3, Spring: -1.0, Summer: -1.0}, weekend: 0.2},
  {name: "summer", share: 0.04, season: {Summer: 1.5, Spring: 0.2, Autumn: -0.6, Winter: -1.5}},
  {name: "fall", share: 0.03, season: {Autumn: 1.4, Winter: -0.2, Spring: -1.0, Summer: -0.6}},
  {name: "christmas", share: 0.035, season: {Winter: 1.5, Autumn: 0.2, Spring: -1.2, Summer: -1.2}, weekend: 0.166},
  {name: "barbecue", share: 0.025, season: {Summer: 0.8, Spring: 0.2, Autumn: -0.3, Winter: -0.7}},
  {name: "grilling", share: 0.03, season: {Summer: 0.7, Spring: 0.2, Autumn: -0.2, Winter: -0.7}},
  {name: "spring", share: 0.02, season: {Spring: 1.3, Summer: -0.3, Winter: -0.8, Autumn: -0.8}},
  {name: "winter", share: 0.03, season: {Winter: 1.3, Autumn: 0.0, Spring: -0.6, Summer: -1.2}},
  {name: "candy", share: 0.015, season: {Winter: 0.6, Autumn: 0.1, Summer: -0.4}},
  {name: "new-years", share: 0.01, season: {Winter: 1.0, Autumn: -0.2, Spring: -0.4, Summer: -0.5}},
  {name: "valentines-day", share: 0.008, season: {Winter: 1.0, Spring: -0.2, Summer: -0.5, Autumn: -0.4}},
  {name: "easter", share: 0.012, season: {Spring: 1.2, Winter: -0.3, Summer: -0.5, Autumn: -0.6}},
  {name: "picnic", share: 0.02, season: {Summer: 0.8, Spring: 0.3, Autumn: -0.3, Winter: -0.8}},
  {name: "berries", share: 0.03, season: {Summer: 0.5, Spring: 0.2, Winter: -0.4, Autumn: -0.2}, weekend: -0.096},
  {name: "apples", share: 0.025, season: {Autumn: 0.5, Winter: 0.1, Summer: -0.5}},
  {name: "salads", share: 0.08, season: {Summer: 0.3, Spring: 0.1, Winter: -0.2}},
  {name: "squash", share: 0.012, season: {Autumn: 0.5, Winter: 0.2, Spring: -0.4, Summer: -0.2}},
  {name: "gifts", share: 0.012, season: {Winter: 0.7, Autumn: 0.1, Summer: -0.5}},
  {name: "tropical-fruit", share: 0.02, season: {Summer: 0.3, Spring: 0.1, Autumn: -0.2}},
  {name: "african", share: 0.006, season: {Winter: 0.3, Summer: -0.2}},
  {name: "greek", share: 0.02, season: {Summer: 0.15, Spring: 0.05, Winter: -0.1}},
  {name: "holiday-event", share: 0.12, season: {Winter: 0.5, Autumn: 0.3, Summer: -0.4, Spring: -0.3}},
  {name: "seasonal", share: 0.1, season: {Winter: 0.2, Autumn: 0.2, Summer: 0.1, Spring: -0.4}},
  // Weekend-leaning and weekday-leaning tags (§4.6).
  {name: "vegetarian", share: 0.18, weekend: 0.05},
  {name: "from-scratch", share: 0.03, weekend: 0.16},
  {name: "eggs", share: 0.04, weekend: 0.1},
  {name: "heirloom-historical", share: 0.02, weekend: 0.18},
  {name: "canadian", share: 0.015, weekend: 0.23},
  {name: "vegan", share: 0.04, weekend: 0.089},
  {name: "grains", share: 0.05, weekend: 0.05},
  {name: "gluten-free", share: 0.03, weekend: 0.074},
  {name: "fish", share: 0.04, weekend: -0.057},
  {name: "small-appliance", share: 0.06, weekend: -0.043},
  {name: "served-cold", share: 0.08, weekend: -0.043},
  {name: "kosher", share: 0.08, weekend: -0.045},
  {name: "beginner-cook", share: 0.09, weekend: -0.059},
  {name: "one-dish-meal", share: 0.1, weekend: -0.054},
  {name: "inexpensive", share: 0.1, weekend: -0.116}
];

/**
 * The time tag a recipe gets when it is not drawn as "60-minutes-or-less", by its minutes (Food.com tags every
 * recipe with one). Ordered by upper bound in minutes.
 */
export const TIME_TAGS: ReadonlyArray<{name: string; upTo: number}> = [
  {name: "15-minutes-or-less", upTo: 15},
  {name: "30-minutes-or-less", upTo: 30},
  {name: "4-hours-or-less", upTo: 240},
  {name: "1-day-or-more", upTo: Number.MAX_SAFE_INTEGER}
];

/** Tags that open a Food.com tag list, in their usual order (after the time tag). */
export const LEADING_TAGS: readonly string[] = [
  "time-to-make",
  "course",
  "main-ingredient",
  "cuisine",
  "preparation",
  "occasion"
];

// Most frequent first; the weight falls with the position.
const TAIL =
  "main-dish-chicken|low-sodium|low-carb|low-cholesterol|low-calorie|low-fat|low-saturated-fat|healthy|" +
  "side-dishes|vegetables|meat|taste-mood|3-steps-or-less|30-minutes-or-less|poultry|chicken|appetizers|" +
  "european|healthy-2|high-in-something|high-protein|pasta-rice-and-grains|beef|fruit|baking|dinner-party|" +
  "comfort-food|kid-friendly|potluck|savory|sweet|stove-top|cookies-and-brownies|italian|asian|brunch|lunch|" +
  "beverages|breads|pasta|pork|presentation|cheese|weeknight|to-go|for-large-groups|soups-stews|sauces|" +
  "condiments-etc|dips|spreads|cakes|pies-and-tarts|potatoes|rice|beans|chocolate|nuts|independence-day|" +
  "crock-pot-slow-cooker|southern-united-states|novelty|served-hot|quick-breads|muffins|lactose|egg-free|" +
  "free-of-something|ground-beef|onions|tomatoes|peppers|mushrooms|citrus|lemon|spicy|chinese|indian|french|" +
  "german|spanish|thai|japanese|middle-eastern|caribbean|cajun|creole|tex-mex|southwestern-united-states|" +
  "midwestern-united-states|northeastern-united-states|californian|hawaiian|pacific-northwest|brown-bag|" +
  "oamc-freezer-make-ahead|freezer|refrigerator|no-cook|microwave|food-processor-blender|mixer|" +
  "casseroles|stews|chili|soups|salad-dressings|marinades-and-rubs|gravies|sandwiches|burgers|wraps|" +
  "cupcakes|cheesecake|bar-cookies|drop-cookies|rolled-cookies|brownies|pies|tarts|puddings-and-mousses|" +
  "frozen-desserts|ice-cream|fudge|candy-bars|yeast|bread-machine|pancakes-and-waffles|scones|biscuits|" +
  "rolls-biscuits|sourdough|smoothies|shakes|punch|non-alcoholic|hot-drinks|coffee-cafe|tea|lemonade|" +
  "chicken-breasts|chicken-thighs-legs|steak|roast-beef|pork-chops|ham|bacon|sausage|lamb-sheep|turkey|" +
  "turkey-breasts|duck|veal|crab|lobster|scallops|mussels|clams|oysters|salmon|tuna|cod|tilapia|halibut|" +
  "catfish|trout|bass|white-rice|brown-rice|long-grain-rice|wild-rice|quinoa|barley|oatmeal|corn|broccoli|" +
  "cauliflower|spinach|greens|lettuces|cabbage|eggplant|sweet-potatoes|yams-sweet-potatoes|asparagus|" +
  "artichoke|black-beans|kidney-beans|lentils|chick-peas-garbanzos|peas|green-yellow-beans|soy-tofu|pecans|" +
  "almonds|walnuts|peanut-butter|coconut|lime|oranges|bananas|strawberries|blueberries|raspberries|cherries|" +
  "peaches|pears|pineapple|mango|melons|plums|grapes|kiwifruit|papaya|pumpkin|herb-and-spice-mixes|" +
  "mushroom|carrots|zucchini|cucumber|avocado|shellfish|eggs-dairy|cheese-appetizers|finger-food|" +
  "deep-fry|pan-fry|stir-fry|roast|steam|poaching|braising|broil|grill|smoker|pressure-cooker|toaster-oven|" +
  "deep-fryer|dehydrator|water-bath|canning|jams-and-preserves|pickeld|hand-formed-cookies|" +
  "halloween|st-patricks-day|mothers-day|fathers-day|super-bowl|cinco-de-mayo|chinese-new-year|labor-day|" +
  "memorial-day|hanukkah|passover|rosh-hashana|ramadan|kwanzaa|birthday|wedding|camping|tailgating|" +
  "romantic|college|whole-foods|high-calcium|high-fiber|low-protein|diabetic|very-low-carbs|" +
  "irish|scottish|english|welsh|dutch|belgian|swiss|austrian|hungarian|polish|russian|czech|portuguese|" +
  "scandinavian|swedish|norwegian|danish|finnish|icelandic|brazilian|argentine|chilean|peruvian|colombian|" +
  "venezuelan|cuban|puerto-rican|jamaican|polynesian|australian|new-zealand|filipino|indonesian|malaysian|" +
  "vietnamese|korean|pakistani|nepalese|iranian-persian|iraqi|palestinian|saudi-arabian|georgian|mongolian|" +
  "cambodian|laotian|ecuadorean|costa-rican|guatemalan|honduran|baja|quebec|ontario|british-columbian|" +
  "native-american|amish-mennonite|pennsylvania-dutch|soul|szechuan|hunan|cantonese|beijing|moroccan|" +
  "lebanese|turkish|south-african|ethiopian|egyptian|nigerian|somalian|sudanese|angolan|congolese|" +
  "south-west-pacific|micro-melanesia|central-american|south-american|oaxacan|veggie-burgers|meatballs|" +
  "meatloaf|pot-roast|ribs|roast-chicken|whole-chicken|chicken-livers|lasagna|macaroni-and-cheese|spaghetti|" +
  "penne|pasta-shells|elbow-macaroni|fillets|flat-shapes|manicotti|nut-free|sugar-free|fat-free|" +
  "irish-st-patricks-day|simply-potatoes|potluck-dishes|superbowl|savory-pies|savory-sauces|dessert-sauces|" +
  "chutneys|salsas|gelatin|garnishes|stocks|broils|baked-beans|bisques-cream-soups|chowders|clear-soups|" +
  "cobblers-and-crisps|crusts-pastry-dough-2|mashed-potatoes|coffee-cakes|cake-fillings-and-frostings|" +
  "jellies|lunch-box|snack-mix|quiche|omelets-and-frittatas|souffles|crepes|dumplings|tortillas|" +
  "pizza-crust|flatbreads|tempeh|seitan|granola-and-porridge|cereal|bread-pudding|trifles|" +
  "sweet-sauces|spaghetti-sauce|pesto|hummus|guacamole|taco|burritos|enchiladas|fajitas|quesadillas|" +
  "nachos|sushi|curries|kebabs|stuffings-dressings|polenta|risotto|paella|gumbo|jambalaya|" +
  "mardi-gras-carnival|oktoberfest|purim|april-fools-day|earth-day|thanksgiving-leftovers|" +
  "christmas-eve|new-years-eve|easter-brunch|memorial-day-picnic|4th-of-july|beach|boating|" +
  "ice-cream-makers|slow-cooker-soups|one-pot|sheet-pan|air-fryer|instant-pot|sous-vide";

/**
 * The tail weights: Zipf-like for the first 120 names, then a geometric fall to 1/50 of the knee at name 361, and
 * the last ~85 names rarer still. This keeps ~430 tags at ≥ 50 uses overall while a small year (134 recipes in
 * 2018) sees only ~180 distinct tags, as in the real data (§2.7: diversity 325 → 172).
 */
export function tailTags(): TailItem[] {
  const head = new Set([...MODELLED_TAGS.map((t) => t.name), ...TIME_TAGS.map((t) => t.name)]);
  const names = [...new Set(TAIL.split("|"))].filter((name) => !head.has(name));
  const knee = 120;
  const common = 362;
  const fall = (1 / 50) ** (1 / (common - 1 - knee));
  const zipf = (i: number) => 1 / (i + 15) ** 1.35;
  return names.map((name, i) => {
    const weight = i < knee ? zipf(i) : zipf(knee) * fall ** (i - knee);
    return {name, weight: i >= common ? weight * 0.3 : weight};
  });
}
