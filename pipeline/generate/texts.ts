/**
 * Word lists for the free-text columns: recipe names, descriptions, steps and reviews. Texts are short on purpose
 * (the real ones are long) so the full-size Parquet files stay small; what matters to the pipeline is their shape:
 * lowercase names with some accents, apostrophes inside list items, and reviews with newlines, double quotes,
 * commas and HTML entities such as `&amp;`.
 */

/** Words before the main ingredient in a recipe name (used on ~40 % of names). */
export const NAME_PREFIXES: readonly string[] = [
  "easy", "best", "grandma's", "mom's", "quick", "spicy", "creamy", "healthy", "simple", "homemade", "the best",
  "low fat", "crock pot", "slow cooker", "baked", "grilled", "roasted", "southern", "old fashioned", "classic",
  "amazing", "super easy", "5 minute", "one pot", "lighter", "aunt bea's", "kittencal's", "dad's", "country",
  "rustic", "zesty", "tangy", "sweet and sour", "honey glazed", "garlic", "lemon", "cheesy", "hearty", "fresh",
  "weeknight", "company", "holiday", "copycat", "diner style", "restaurant style", "no bake", "skinny", "smoky"
];

/** The main ingredient of a recipe name, a few with accents as in the real data. */
export const NAME_MAINS: readonly string[] = [
  "chicken", "beef", "pork", "turkey", "shrimp", "salmon", "tuna", "potato", "sweet potato", "broccoli", "spinach",
  "zucchini", "tomato", "corn", "black bean", "lentil", "mushroom", "onion", "garlic", "cheese", "cheddar",
  "chocolate", "chocolate chip", "peanut butter", "banana", "apple", "blueberry", "strawberry", "lemon", "orange",
  "pumpkin", "carrot", "cabbage", "cauliflower", "eggplant", "pasta", "macaroni", "rice", "quinoa", "oatmeal",
  "coconut", "almond", "pecan", "walnut", "cranberry", "raspberry", "cherry", "peach", "pineapple", "mango",
  "avocado", "bacon", "ham", "sausage", "meatball", "taco", "enchilada", "pizza", "vegetable", "bean", "pea",
  "cinnamon", "ginger", "honey", "maple", "vanilla", "caramel", "butterscotch", "coffee", "buttermilk", "cream cheese",
  "feta", "parmesan", "mozzarella", "ricotta", "pesto", "curry", "teriyaki", "barbecue", "buffalo", "cajun",
  "jalapeño", "crème fraîche", "piña colada", "gruyère", "café mocha", "chile", "salsa", "crab", "lobster", "cod",
  "tilapia", "lamb", "veal", "duck", "egg", "tofu", "kale", "asparagus", "artichoke", "red pepper", "butternut squash"
];

/** The dish itself, last word(s) of a name. */
export const NAME_DISHES: readonly string[] = [
  "casserole", "soup", "salad", "stew", "chili", "bread", "muffins", "cookies", "cake", "pie", "bars", "brownies",
  "dip", "sauce", "pasta", "stir fry", "tacos", "burritos", "enchiladas", "quesadillas", "pizza", "lasagna",
  "curry", "skillet", "bake", "roast", "kabobs", "burgers", "sandwiches", "wraps", "chowder", "bisque", "frittata",
  "quiche", "omelet", "pancakes", "waffles", "scones", "biscuits", "rolls", "cupcakes", "cheesecake", "pudding",
  "crisp", "cobbler", "smoothie", "punch", "martini", "salsa", "spread", "dressing", "marinade", "rub", "glaze",
  "fritters", "patties", "meatloaf", "pot pie", "tart", "loaf", "granola", "fudge", "truffles", "crêpes", "soufflé",
  "purée", "risotto", "pilaf", "gratin", "hash", "slaw", "relish", "jam", "chutney", "nachos", "sliders", "bowl"
];

/** Suffixes some names carry. */
export const NAME_SUFFIXES: readonly string[] = [
  "", "", "", "", "", "", " for two", " for a crowd", " with a twist", " mexican style", " italian style",
  " asian style", " low carb", " ww points", " in the crock pot", " made lighter", " 2", " ii", " supreme", " deluxe"
];

/** Description openers. */
export const DESCRIPTION_OPENERS: readonly string[] = [
  "this is my grandmother's recipe", "a family favorite for years", "i found this in an old cookbook",
  "we make this every holiday", "my kids ask for this every week", "adapted from a magazine recipe",
  "a quick weeknight dinner", "this is so easy to throw together", "a real crowd pleaser at potlucks",
  "i created this when i had leftovers to use up", "my husband's favorite", "posted for zwt",
  "a lighter version of a classic", "perfect for a cold winter night", "great for summer barbecues",
  "this came from a friend at work", "a restaurant copycat that's close to the real thing",
  "the best version i have tried", "a healthy side dish", "not your usual"
];

/** Description middles. */
export const DESCRIPTION_MIDDLES: readonly string[] = [
  "and it never lasts long", "and it freezes well", "and you can make it ahead", "and it's ready in no time",
  "and the leftovers are even better", "and it doubles easily", "so feel free to adjust the spices",
  "and it goes great with a green salad", "and everyone always asks for the recipe", "and it travels well",
  "with very little cleanup", "using ingredients you probably have on hand", "that even picky eaters like",
  "and it's on the table in 30 minutes", "with a nice kick from the peppers"
];

/** Description closers (often empty). */
export const DESCRIPTION_CLOSERS: readonly string[] = [
  ".", ".", ".", "!", ". enjoy!", ". hope you like it as much as we do.", ". cooking time includes chilling.",
  ". prep time does not include marinating.", ". serve warm.", ". from the kitchen of a busy mom."
];

/** First steps ({t} = an oven temperature, {n} = a small number). */
export const STEP_OPENERS: readonly string[] = [
  "preheat oven to {t} degrees", "preheat oven to {t}f", "in a large bowl , combine the dry ingredients",
  "heat oil in a large skillet over medium heat", "bring a large pot of salted water to a boil",
  "grease a 9x13 inch baking dish", "in a small bowl , whisk together the wet ingredients",
  "melt butter in a saucepan over low heat", "wash and dry the vegetables", "line a baking sheet with parchment paper",
  "in a blender , combine all ingredients", "cream butter and sugar until fluffy", "mix all ingredients in a bowl",
  "place chicken in the slow cooker", "rinse the rice and drain well"
];

/** Middle steps. */
export const STEP_MIDDLES: readonly string[] = [
  "add the onion and cook until soft , about {n} minutes", "stir in the garlic and cook for 1 minute",
  "add the remaining ingredients and mix well", "season with salt and pepper to taste",
  "pour into the prepared pan", "bake for {n} minutes", "simmer uncovered for {n} minutes",
  "stir in the cheese until melted", "fold in the egg whites gently", "don't overmix the batter",
  "add the flour mixture a little at a time", "cover and refrigerate for at least {n} hours",
  "drain and set aside", "cut into {n} pieces", "toss to coat", "reduce heat to low",
  "whisk until smooth", "add the broth and bring to a boil", "spoon the mixture over the top",
  "if it's too thick , add a little water", "cook on low for {n} hours", "roll the dough into 1 inch balls",
  "brown the meat and drain the fat", "stir occasionally", "add the vegetables and cook until tender",
  "let it rest for {n} minutes", "blend until smooth", "sprinkle with the remaining cheese",
  "chop the herbs", "beat the eggs", "mix well", "add salt", "stir in the cream", "grill for {n} minutes per side",
  "turn the heat up to high", "pour the sauce over the chicken", "top with the sliced tomatoes",
  "knead for {n} minutes", "let the dough rise until doubled", "shape into a loaf"
];

/** Last steps. */
export const STEP_CLOSERS: readonly string[] = [
  "serve", "serve hot", "serve warm with crusty bread", "enjoy !", "garnish with parsley and serve",
  "let cool before slicing", "serve over rice", "refrigerate until ready to serve", "cut into squares",
  "serve immediately", "store in an airtight container", "serve with sour cream and salsa",
  "top with whipped cream", "it's best the next day", "freeze leftovers for up to {n} months"
];

/** Review openers by stars (5, 4, 3, 1-2, 0 = a comment without a rating). */
export const REVIEW_OPENERS: Readonly<Record<"5" | "4" | "3" | "low" | "0", readonly string[]>> = {
  "5": [
    "Delicious!", "This was fantastic.", "My family loved it.", "Made this for dinner tonight and it was a hit.",
    "Excellent recipe, thanks for posting!", "Wow, so good.", "Five stars from our house.", "Absolutely perfect.",
    "This is a keeper!", "So easy and so good.", "Yum! This was great.", "We really enjoyed this.",
    "Best I've ever had.", "Made it for a potluck, everyone asked for the recipe."
  ],
  "4": [
    "Very good.", "Pretty good, I added a little more garlic.", "Nice recipe, a bit bland for us though.",
    "Good, but I'd cut back on the salt next time.", "We liked this a lot.", "Tasty and easy.",
    "Good flavor, took longer to cook than stated."
  ],
  "3": ["It was ok.", "Not bad, but nothing special.", "Just average for us.", "It was fine, the kids didn't care for it."],
  low: [
    "Sorry, this didn't work for me.", "Way too salty.", "We did not like this at all.", "Mine came out dry.",
    "Something is off with the measurements.", "Too sweet for our taste."
  ],
  "0": [
    "I haven't made this yet but it sounds great!", "Question: can this be frozen?", "Can I use chicken instead?",
    "Saving this one for later.", "Thanks for the recipe, I'll try it soon.", "What size pan do you use?"
  ]
};

/** Optional middle sentences of a review (double quotes and HTML entities included on purpose). */
export const REVIEW_MIDDLES: readonly string[] = [
  "I doubled the recipe.", "I cut the sugar in half.", "Served it with rice &amp; a green salad.",
  'The kids called it "the best ever".', "Made for ZWT.", "I used low-fat milk and it was fine.",
  "I added some crème fraîche on top.", "Mac &amp; cheese lovers will like this.", "It's a little spicy, so watch the jalapeños.",
  "Baked it for 10 minutes longer.", "Used fresh herbs from the garden.", "I didn't have cumin, so I left it out.",
  'My husband said "make this again".', "Left out the nuts, added raisins.", "Made in my 9x13 pan, worked great."
];

/** Optional closers of a review. */
export const REVIEW_CLOSERS: readonly string[] = [
  "Thanks for sharing!", ":)", "Yum!", "Will make again, thanks!", "Thanks, Chef!", "Enjoy!", "Thank you!!",
  "Made for Photo Tag.", "Made for Best of 2008 tag."
];
