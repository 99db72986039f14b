/**
 * The ingredient vocabulary: real Food.com names, lowercase as in the Kaggle files.
 *
 * The head is calibrated on §2.6 (top 10 and the largest 1999→2018 changes), §3.5 (seasonal items) and §4.5
 * (weekend/weekday items); the tail is a few hundred real base ingredients combined with the modifiers the site's
 * users type ("chopped", "low-fat", "boneless skinless"), which gives the real data's long tail of ~14k names.
 */
import type {ModelledItem, TailItem} from "./vocabulary.js";
import {stringUnit} from "./vocabulary.js";

const SUMMER = {Summer: 0.45, Spring: 0.05, Autumn: -0.1, Winter: -0.4};
const AUTUMN_WINTER = {Autumn: 0.3, Winter: 0.25, Spring: -0.15, Summer: -0.4};

/** Ingredients with calibrated shares. */
export const MODELLED_INGREDIENTS: readonly ModelledItem[] = [
  // The ten most used (§2.6), with the published 1999→2018 changes where they have one.
  {name: "salt", share: 0.3644},
  {name: "butter", share: 0.2464, drift: -0.0531},
  {name: "sugar", share: 0.1897, drift: -0.1042, season: {Autumn: 0.08, Winter: 0.06}},
  {name: "onion", share: 0.161, drift: -0.0722, season: {Winter: 0.05, Summer: -0.05}},
  {name: "eggs", share: 0.1507, drift: -0.0574},
  {name: "olive oil", share: 0.1424, drift: 0.1424},
  {name: "water", share: 0.1377, drift: -0.0456},
  {name: "flour", share: 0.116},
  {name: "milk", share: 0.1136},
  {name: "garlic cloves", share: 0.1023, drift: 0.1558},
  // Rising and falling ingredients (§2.6).
  {name: "kosher salt", share: 0.035, drift: 0.1672},
  {name: "unsalted butter", share: 0.045, drift: 0.1177},
  {name: "black pepper", share: 0.075, drift: 0.0805},
  {name: "honey", share: 0.042, drift: 0.0771, weekend: -0.07},
  {name: "cilantro", share: 0.03, drift: 0.0609, season: {Summer: 0.3, Spring: 0.1, Winter: -0.2}},
  {name: "cream cheese", share: 0.045, drift: 0.0557, season: {Winter: 0.12}},
  {name: "crushed red pepper flakes", share: 0.016, drift: 0.0513},
  {name: "garlic powder", share: 0.045, drift: 0.0473},
  {name: "cinnamon", share: 0.05, drift: -0.0763, season: {Autumn: 0.3, Winter: 0.1, Summer: -0.35}},
  {name: "vanilla", share: 0.07, drift: -0.0679, season: {Winter: 0.15, Autumn: 0.05, Summer: -0.15}},
  {name: "baking soda", share: 0.07, drift: -0.0516, season: {Autumn: 0.15, Winter: 0.12, Summer: -0.2}},
  {name: "brown sugar", share: 0.083, drift: -0.0482, season: {Autumn: 0.15, Winter: 0.1, Summer: -0.2}},
  {name: "margarine", share: 0.03, drift: -0.0478},
  // Seasonal items (§3.5) and weekend/weekday items (§4.5).
  {name: "zucchini", share: 0.015, season: {Summer: 0.6, Spring: 0.1, Autumn: -0.05, Winter: -0.55}},
  {name: "lime juice", share: 0.025, season: {Summer: 0.4, Spring: 0.05, Autumn: -0.15, Winter: -0.25}},
  {name: "ground nutmeg", share: 0.02, season: AUTUMN_WINTER},
  {name: "red onion", share: 0.028, season: {Summer: 0.3, Spring: 0.05, Winter: -0.2}},
  {name: "fresh basil", share: 0.018, season: SUMMER},
  {name: "pecans", share: 0.022, season: {Autumn: 0.4, Winter: 0.25, Spring: -0.2, Summer: -0.45}},
  {name: "tomatoes", share: 0.045, season: {Summer: 0.3, Winter: -0.2}},
  {name: "fresh lemon juice", share: 0.025, season: {Summer: 0.2, Spring: 0.15, Winter: -0.2}},
  {name: "chicken broth", share: 0.04, season: {Winter: 0.25, Autumn: 0.1, Summer: -0.35}},
  {name: "nutmeg", share: 0.02, season: {Autumn: 0.25, Winter: 0.35, Summer: -0.45}},
  {name: "ground cinnamon", share: 0.029, season: {Autumn: 0.3, Winter: 0.15, Summer: -0.3}, weekend: 0.12},
  {name: "walnuts", share: 0.03, season: {Autumn: 0.25, Winter: 0.15, Summer: -0.3}},
  {name: "mayonnaise", share: 0.035, season: {Summer: 0.25, Spring: 0.05, Winter: -0.2}},
  {name: "garlic clove", share: 0.05, season: {Winter: 0.08, Summer: -0.08}},
  {name: "powdered sugar", share: 0.02, season: {Winter: 0.3, Summer: -0.25}},
  {name: "carrots", share: 0.045, season: {Winter: 0.2, Autumn: 0.05, Summer: -0.25}},
  {name: "pumpkin", share: 0.006, season: {Autumn: 1.1, Winter: 0.2, Spring: -0.6, Summer: -0.9}},
  {name: "confectioners' sugar", share: 0.012, season: {Winter: 0.3, Summer: -0.2}},
  {name: "canola oil", share: 0.018, weekend: 0.12},
  {name: "mozzarella cheese", share: 0.022, weekend: -0.11},
  {name: "boneless skinless chicken breasts", share: 0.0165, weekend: -0.16},
  // Other everyday items, so the top of the list looks like the real one.
  {name: "pepper", share: 0.095},
  {name: "garlic", share: 0.078},
  {name: "all-purpose flour", share: 0.08},
  {name: "baking powder", share: 0.075, season: {Winter: 0.05, Summer: -0.05}},
  {name: "egg", share: 0.065},
  {name: "salt and pepper", share: 0.055},
  {name: "parmesan cheese", share: 0.05},
  {name: "lemon juice", share: 0.06},
  {name: "vegetable oil", share: 0.06},
  {name: "sour cream", share: 0.05},
  {name: "vanilla extract", share: 0.055},
  {name: "cheddar cheese", share: 0.045},
  {name: "celery", share: 0.04, season: {Winter: 0.1, Autumn: 0.1, Summer: -0.1}},
  {name: "onions", share: 0.04},
  {name: "oil", share: 0.04},
  {name: "paprika", share: 0.035},
  {name: "soy sauce", share: 0.035},
  {name: "cornstarch", share: 0.035},
  {name: "ground black pepper", share: 0.03},
  {name: "worcestershire sauce", share: 0.03},
  {name: "extra virgin olive oil", share: 0.03},
  {name: "fresh parsley", share: 0.03},
  {name: "heavy cream", share: 0.03, season: {Winter: 0.1}},
  {name: "ground beef", share: 0.045, season: {Winter: 0.05}},
  {name: "potatoes", share: 0.035, season: {Winter: 0.15, Autumn: 0.1, Summer: -0.15}},
  {name: "green onions", share: 0.04},
  {name: "dijon mustard", share: 0.025},
  {name: "jalapeño", share: 0.012, season: {Summer: 0.15}}
];

/** A tail category: base ingredients (most used first) and the words people put in front of them. */
interface TailCategory {
  weight: number;
  bases: string;
  modifiers: string;
}

// Bases and modifiers are "|"-separated, most frequent first; position sets the weight (Zipf-like).
const CATEGORIES: readonly TailCategory[] = [
  {
    weight: 1.0,
    bases:
      "onion|green onion|celery ribs|carrot|green bell pepper|red bell pepper|yellow onion|scallions|shallots|mushrooms|" +
      "broccoli|spinach|cabbage|cauliflower|corn|frozen peas|potato|sweet potatoes|cucumber|eggplant|asparagus|leeks|" +
      "green beans|jalapeno peppers|red peppers|plum tomatoes|cherry tomatoes|roma tomatoes|garlic|ginger|fresh ginger|" +
      "kale|swiss chard|red cabbage|bok choy|bean sprouts|snow peas|sugar snap peas|artichoke hearts|beets|parsnips|" +
      "turnips|radishes|fennel bulb|butternut squash|acorn squash|yellow squash|spaghetti squash|okra|watercress|arugula|" +
      "romaine lettuce|iceberg lettuce|mixed greens|baby spinach|portabella mushrooms|shiitake mushrooms|button mushrooms|" +
      "red potatoes|russet potatoes|yukon gold potatoes|new potatoes|chipotle chile|poblano peppers|serrano pepper|" +
      "anaheim chilies|habanero pepper|green chilies|sun-dried tomatoes|water chestnuts|bamboo shoots|chives|jicama|" +
      "brussels sprouts|collard greens|celery root|rutabaga|kohlrabi|pearl onions|vidalia onion|sweet onion|tomatillos|jalapeños",
    modifiers:
      "chopped|diced|sliced|fresh|minced|large|small|medium|frozen|finely chopped|grated|shredded|thinly sliced|" +
      "coarsely chopped|roasted|canned|baby|cooked|steamed|peeled|julienned|cubed|trimmed|halved|organic"
  },
  {
    weight: 0.55,
    bases:
      "lemon|lime|orange|apples|bananas|strawberries|blueberries|raspberries|cranberries|raisins|pineapple|peaches|" +
      "pears|mango|avocado|cherries|grapes|blackberries|kiwi|coconut|dates|dried apricots|dried cranberries|figs|plums|" +
      "nectarines|papaya|pomegranate seeds|watermelon|cantaloupe|honeydew melon|granny smith apples|golden raisins|" +
      "currants|prunes|rhubarb|tangerines|grapefruit|mandarin oranges|maraschino cherries|lemon zest|orange zest|lime zest|" +
      "applesauce|cranberry sauce|pumpkin puree|crushed pineapple|lemons|limes|oranges|peach|pear|apple",
    modifiers:
      "fresh|frozen|dried|ripe|chopped|sliced|diced|canned|mashed|large|peeled|unsweetened|sweetened|grated|" +
      "halved|pitted|seedless|organic|juice of|zest of|firm|small"
  },
  {
    weight: 0.45,
    bases:
      "parsley|basil|cilantro|thyme|rosemary|oregano|dill|mint|sage|chives|tarragon|bay leaves|bay leaf|marjoram|" +
      "lemongrass|italian parsley|flat leaf parsley|thyme leaves|basil leaves|mint leaves|dill weed|savory|chervil|" +
      "lemon thyme|curry leaves|kaffir lime leaves|italian seasoning|herbes de provence|fines herbes|parsley flakes",
    modifiers:
      "fresh|dried|chopped fresh|minced fresh|fresh chopped|dried crushed|fresh minced|finely chopped fresh|" +
      "sprigs fresh|crushed dried|fresh whole|snipped fresh|dry|ground"
  },
  {
    weight: 0.6,
    bases:
      "cumin|chili powder|paprika|cayenne pepper|ginger|nutmeg|cinnamon|cloves|allspice|turmeric|coriander|curry powder|" +
      "mustard|black pepper|white pepper|red pepper flakes|red pepper|onion powder|garlic powder|garam masala|cardamom|" +
      "fennel seed|mustard seeds|cumin seed|celery seed|caraway seeds|sesame seeds|poppy seeds|anise|star anise|saffron|" +
      "smoked paprika|chipotle powder|five-spice powder|pumpkin pie spice|apple pie spice|seasoning salt|celery salt|" +
      "garlic salt|onion salt|sea salt|black peppercorns|peppercorns|mace|juniper berries|sumac|za'atar|old bay seasoning|" +
      "cajun seasoning|creole seasoning|taco seasoning|chili flakes|sweet paprika|hot paprika|dry mustard|mustard powder",
    modifiers:
      "ground|dried|whole|crushed|fresh ground|freshly ground|dry|hot|sweet|smoked|coarse|fine|toasted|cracked|mild"
  },
  {
    weight: 0.75,
    bases:
      "cheddar cheese|mozzarella cheese|parmesan cheese|cream cheese|sour cream|milk|heavy cream|whipping cream|" +
      "half-and-half|buttermilk|yogurt|plain yogurt|greek yogurt|cottage cheese|ricotta cheese|swiss cheese|" +
      "monterey jack cheese|feta cheese|blue cheese|goat cheese|provolone cheese|romano cheese|colby cheese|" +
      "american cheese|velveeta cheese|mexican blend cheese|pepper jack cheese|gouda cheese|brie cheese|asiago cheese|" +
      "parmigiano-reggiano cheese|gruyère cheese|mascarpone cheese|evaporated milk|sweetened condensed milk|" +
      "powdered milk|sour cream|whipped cream|whipped topping|ice cream|vanilla ice cream|butter|margarine|" +
      "crème fraîche|queso fresco|cheese|milk chocolate|eggs|egg whites|egg yolks|egg substitute",
    modifiers:
      "low-fat|fat-free|nonfat|reduced-fat|light|shredded|grated|softened|whole|skim|sharp|fresh|low-fat shredded|" +
      "2% low-fat|part-skim|plain|sweetened|unsweetened|crumbled|melted|cold|large|extra-sharp|shredded sharp|" +
      "freshly grated|fat free|cubed|sliced|organic"
  },
  {
    weight: 0.7,
    bases:
      "chicken breasts|chicken|chicken thighs|chicken breast halves|chicken wings|chicken legs|ground beef|beef|" +
      "beef chuck roast|flank steak|sirloin steak|round steak|beef stew meat|beef brisket|pork chops|pork tenderloin|" +
      "pork loin|pork shoulder|ground pork|ham|bacon|italian sausage|sausage|pork sausage|smoked sausage|kielbasa|" +
      "chorizo sausage|pepperoni|salami|prosciutto|pancetta|ground turkey|turkey|turkey breast|lamb|ground lamb|" +
      "leg of lamb|lamb chops|veal|duck breasts|cornish hens|hot dogs|spareribs|pork ribs|beef short ribs|meatballs|" +
      "roast beef|corned beef|venison|chicken tenders|chicken drumsticks|whole chicken|stewing beef|beef tenderloin",
    modifiers:
      "boneless|lean|ground|cooked|smoked|boneless skinless|thin sliced|cubed|chopped cooked|diced cooked|fresh|frozen|" +
      "lean ground|bone-in|shredded cooked|thick-cut|extra lean|skinless|sliced|cooked diced|cooked shredded|deli|" +
      "center-cut|trimmed|uncooked|crumbled cooked|precooked"
  },
  {
    weight: 0.35,
    bases:
      "shrimp|salmon fillets|tuna|crabmeat|scallops|cod|tilapia fillets|halibut|mussels|clams|lobster|catfish fillets|" +
      "white fish fillets|sea bass|swordfish steaks|trout|anchovies|sardines|oysters|squid|crawfish|smoked salmon|" +
      "imitation crabmeat|salmon|tuna steaks|red snapper|orange roughy|mahi mahi|haddock|sole fillets|prawns|" +
      "tuna in water|lump crabmeat|bay scallops|sea scallops|clam juice",
    modifiers:
      "fresh|frozen|cooked|canned|raw|peeled|large|medium|small|smoked|lump|skinless|boneless|uncooked|deveined|" +
      "cooked peeled|jumbo|wild|flaked"
  },
  {
    weight: 0.9,
    bases:
      "rice|white rice|brown rice|long-grain rice|basmati rice|jasmine rice|arborio rice|wild rice|spaghetti|pasta|" +
      "penne pasta|elbow macaroni|egg noodles|lasagna noodles|fettuccine|linguine|rotini pasta|bow tie pasta|orzo pasta|" +
      "couscous|quinoa|oats|rolled oats|quick-cooking oats|cornmeal|bread crumbs|panko breadcrumbs|breadcrumbs|" +
      "cracker crumbs|graham cracker crumbs|bread|white bread|french bread|sourdough bread|tortillas|flour tortillas|" +
      "corn tortillas|pita bread|english muffins|hamburger buns|hot dog buns|croutons|saltine crackers|ritz crackers|" +
      "all-purpose flour|whole wheat flour|bread flour|cake flour|self-rising flour|cornstarch|baking powder|" +
      "granulated sugar|brown sugar|light brown sugar|dark brown sugar|powdered sugar|raw sugar|molasses|corn syrup|" +
      "maple syrup|honey|chocolate chips|semi-sweet chocolate chips|white chocolate chips|cocoa powder|cocoa|" +
      "baking chocolate|bittersweet chocolate|unsweetened chocolate|semisweet chocolate|butterscotch chips|" +
      "peanut butter chips|mini marshmallows|marshmallows|coconut flakes|shredded coconut|almonds|walnuts|pecans|" +
      "peanuts|cashews|pine nuts|pistachios|hazelnuts|macadamia nuts|sunflower seeds|pumpkin seeds|flax seed|" +
      "peanut butter|almond butter|nutella|vanilla extract|almond extract|lemon extract|peppermint extract|" +
      "instant coffee|espresso|yeast|active dry yeast|gelatin|unflavored gelatin|cake mix|yellow cake mix|" +
      "chocolate cake mix|brownie mix|pudding mix|instant vanilla pudding|vanilla wafers|oreo cookies|pie crust|" +
      "pie shell|puff pastry|phyllo dough|pizza dough|refrigerated crescent dinner rolls|biscuits|cornflakes|rice krispies",
    modifiers:
      "uncooked|cooked|dry|instant|quick-cooking|whole wheat|plain|white|brown|long grain|unbleached|self-rising|" +
      "granulated|packed|light|dark|unsweetened|sweetened|semi-sweet|bittersweet|toasted|chopped|slivered|sliced|" +
      "raw|salted|unsalted|roasted|dry roasted|fresh|stale|day-old|crushed|finely chopped|coarsely chopped|pure|" +
      "imitation|refrigerated|frozen|prepared|unbaked|baked|9 inch|mini|whole|ground|toasted chopped"
  },
  {
    weight: 0.85,
    bases:
      "chicken broth|beef broth|vegetable broth|chicken stock|beef stock|vegetable stock|tomato sauce|tomato paste|" +
      "diced tomatoes|crushed tomatoes|stewed tomatoes|whole tomatoes|salsa|ketchup|mustard|dijon mustard|" +
      "yellow mustard|mayonnaise|miracle whip|barbecue sauce|hot sauce|tabasco sauce|worcestershire sauce|soy sauce|" +
      "teriyaki sauce|hoisin sauce|oyster sauce|fish sauce|sesame oil|vegetable oil|canola oil|peanut oil|olive oil|" +
      "corn oil|coconut oil|cooking spray|shortening|lard|red wine vinegar|white wine vinegar|balsamic vinegar|" +
      "cider vinegar|apple cider vinegar|rice vinegar|white vinegar|red wine|white wine|dry white wine|sherry|" +
      "dry sherry|beer|brandy|rum|vodka|bourbon|tequila|kahlua|amaretto|triple sec|orange juice|apple juice|" +
      "pineapple juice|lemonade|ginger ale|club soda|cola|coffee|tea bags|cream of mushroom soup|" +
      "cream of chicken soup|cream of celery soup|condensed tomato soup|onion soup mix|ranch dressing|" +
      "italian dressing|salad dressing|caesar salad dressing|pesto sauce|marinara sauce|spaghetti sauce|" +
      "alfredo sauce|enchilada sauce|picante sauce|chili sauce|sweet chili sauce|sriracha sauce|horseradish|" +
      "prepared horseradish|capers|kalamata olives|black olives|green olives|pickles|dill pickles|sweet pickle relish|" +
      "sauerkraut|black beans|kidney beans|pinto beans|chickpeas|garbanzo beans|cannellini beans|great northern beans|" +
      "navy beans|refried beans|baked beans|lentils|split peas|tofu|firm tofu|chicken bouillon cubes|" +
      "beef bouillon cubes|chicken bouillon granules|liquid smoke|jam|apricot preserves|strawberry jam|" +
      "grape jelly|orange marmalade|coconut milk|almond milk|soy milk|tahini|hummus|chutney|mango chutney|curry paste|" +
      "red curry paste|green curry paste|miso|wasabi|pickled ginger|roasted red peppers|pimientos|artichokes|" +
      "green chiles|chipotle peppers in adobo",
    modifiers:
      "low-sodium|reduced-sodium|fat-free|light|hot|sweet|spicy|prepared|bottled|homemade|canned|condensed|chunky|" +
      "mild|medium|fresh|dry|red|white|low sodium|no-salt-added|organic|reduced-fat|drained|undrained|rinsed and drained|" +
      "cold|warm|hot cooked|cooked|extra-virgin|light olive oil|regular"
  }
];

/** Brand names that only appear as written; several carry the apostrophe the list format has to quote. */
const BRANDS =
  "hershey's cocoa|campbell's cream of mushroom soup|lawry's seasoned salt|french's fried onions|" +
  "kellogg's corn flakes|land o'lakes butter|baker's semi-sweet chocolate|baker's angel flake coconut|" +
  "hellmann's mayonnaise|hunt's tomato sauce|reese's pieces|m&m's plain chocolate candy|newman's own dressing|" +
  "bisquick|jell-o gelatin|cool whip|velveeta|rotel tomatoes|pam cooking spray|karo syrup|crisco|philadelphia cream cheese|" +
  "bailey's irish cream|smucker's hot fudge|nestlé toll house chocolate chips|pillsbury crescent rolls|ro-tel";

const split = (list: string) => list.split("|").filter((s) => s.length > 0);

/**
 * The tail: every base alone (weighted by its rank in its category) and with each of its category's modifiers
 * (weighted by both ranks and a fixed per-name jitter), minus the names the head already uses.
 */
export function tailIngredients(): TailItem[] {
  tailCache ??= buildTail();
  return tailCache;
}

let tailCache: TailItem[] | undefined;

function buildTail(): TailItem[] {
  const head = new Set(MODELLED_INGREDIENTS.map((i) => i.name));
  const byName = new Map<string, number>();
  const add = (name: string, weight: number) => {
    if (!head.has(name)) byName.set(name, (byName.get(name) ?? 0) + weight);
  };
  for (const category of CATEGORIES) {
    const mods = split(category.modifiers);
    split(category.bases).forEach((base, b) => {
      const baseWeight = category.weight / (b + 2) ** 1.0;
      add(base, baseWeight * 1.5);
      mods.forEach((mod, m) => {
        if (base.startsWith(`${mod} `)) return;
        // Squaring the jitter spreads combination weights over two orders of magnitude, as in the real tail.
        const jitter = 0.02 + stringUnit(`${mod} ${base}`) ** 2 * 2;
        add(`${mod} ${base}`, (baseWeight / (m + 1) ** 1.25) * jitter);
      });
    });
  }
  split(BRANDS).forEach((brand, i) => add(brand, 0.05 / (i + 1) ** 0.5));
  return [...byName.entries()]
    .map(([name, weight]) => ({name, weight}))
    .sort((a, b) => b.weight - a.weight || (a.name < b.name ? -1 : 1));
}
