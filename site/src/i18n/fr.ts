/** French strings of the site's shell: the same keys as en.ts (the type checks it, test/site/i18n.test.ts too). */
import type {ShellKey} from "./en.js";

export const fr: Record<ShellKey, string> = {
  "site.name": "Back to the Kitchen",
  "site.tagline": "Un regard attentif sur les recettes et les notes de Food.com de {firstYear} à {lastYear}",
  "site.tagline.generated": "Un regard attentif sur des recettes et des notes générées au format Food.com",
  "period.label": "Période",
  "period.statement":
    "Recettes publiées du {firstRecipe} au {lastRecipe} ; notes attribuées du {firstRating} au {lastRating}.",
  "site.description":
    "Tendances, saisons, jours de la semaine et notes de recettes au format Food.com, calculés à la construction du site à partir des données nettoyées, chaque chiffre pouvant être rattaché à sa source.",
  "site.home": "Back to the Kitchen, page d'accueil",
  "skip.main": "Aller au contenu",

  "nav.label": "Pages",
  "scroll.hint": "Faire défiler →",
  "nav.overview": "Vue d'ensemble",
  "nav.trends": "Tendances {firstYear}–{lastYear}",
  "nav.seasonality": "Saisonnalité",
  "nav.weekend": "Semaine ou week-end",
  "nav.ratings": "Notes",
  "nav.changes": "Nouveautés",
  "nav.search": "Rechercher",
  "nav.methodology": "Méthodologie",
  "nav.data": "Données",

  "lang.switch": "English",
  "lang.switchLabel": "Read this page in English",
  "theme.toLight": "Thème clair",
  "theme.toDark": "Thème sombre",
  "theme.label": "Basculer entre le thème sombre et le thème clair",

  "page.overview.explore": "Explorer les analyses",
  "page.trends.title": "Tendances {firstYear}–{lastYear}",
  "page.trends.intro":
    "Comment la publication des recettes, leur temps de préparation, leur complexité, leur profil nutritionnel, leurs ingrédients et leurs étiquettes ont évolué d'une année à l'autre. Chaque droite de tendance pondère une année par son nombre de recettes : une année qui en compte peu la déplace peu.",
  "page.seasonality.title": "Saisonnalité",
  "page.seasonality.intro":
    "Les recettes changent-elles avec les saisons ? Elles sont regroupées selon la saison météorologique de leur date de publication : hiver (décembre à février), printemps (mars à mai), été (juin à août) et automne (septembre à novembre).",
  "page.weekend.title": "Semaine ou week-end",
  "page.weekend.intro":
    "Les recettes publiées le week-end diffèrent-elles de celles publiées en semaine ? Les jours du lundi au vendredi sont comparés au samedi et au dimanche.",
  "page.ratings.title": "Notes",
  "page.ratings.intro":
    "Comment les membres notent les recettes, mois après mois et saison après saison, et si les notes données pendant les mois les plus actifs diffèrent.",
  "page.analysisCount": "{count|int} analyses",
  "page.empty": "Aucune analyse de cette page ne figure encore dans le jeu d'instantanés actuel.",
  "page.onThisPage": "Sur cette page",

  "section.keyFigures": "Chiffres clés",
  "section.interpretation": "Interprétation statistique",
  "section.method": "Comment c'est calculé",

  "figure.tipsHint":
    "Lire les valeurs : survolez ou touchez un élément, ou atteignez le graphique avec la touche Tab et utilisez les flèches.",
  "figure.showData": "Afficher les données",
  "figure.downloads": "Télécharger :",
  "figure.downloadCsv": "Données en CSV",
  "figure.downloadJson": "Données en JSON",
  "figure.downloadSvg": "Image en SVG",
  "figure.downloadPng": "Image en PNG",
  "figure.tableCaption": "Données du graphique : {caption}",
  "figure.rows": "{rows|int} lignes",
  "figure.row": "{rows|int} ligne",
  "figure.rowsInCsv": "Les {rows|int} lignes sont dans le fichier CSV :",
  "figure.generated": "Données générées",
  "figure.source": "Source : {source} ; données au {date}",
  "source.read": "Food.com, par Back to the Kitchen",
  "source.generated":
    "données générées par Back to the Kitchen (graine {seed}, échelle {scale}), pas celles de Food.com",

  "filter.legend": "Années affichées",
  "filter.from": "De",
  "filter.to": "À",
  "filter.reset": "Toutes les années",
  "explorer.status":
    "Chiffres, statistiques et texte recalculés dans votre navigateur pour {from}–{to} ({years|int} ans).",
  "options.legend": "Affichage",

  "banner.generated.title": "Données générées, pas celles de Food.com.",
  "banner.generated.text":
    "Chaque chiffre de ce site est calculé sur un jeu de données que le projet génère (graine {seed}, échelle {scale}), de même forme que les recettes et les notes de Food.com et réglé pour leur ressembler. Ses tendances et ses écarts y ont été mis par le générateur : ils ne disent rien de la façon dont les gens cuisinent.",
  "banner.generated.link": "Comment les données sont générées",

  "footer.provenance": "Provenance",
  "footer.data": "Données",
  "footer.data.generated": "Générées par le projet (pas celles de Food.com)",
  "footer.data.local": "Fichiers de Food.com",
  "footer.data.s3": "Fichiers de Food.com lus dans un stockage objet",
  "footer.dataAsOf": "Données au",
  "footer.builtAt": "Site construit le",
  "footer.commit": "Révision du code",
  "footer.source": "Source",
  "footer.etag": "Empreinte (ETag)",
  "footer.version": "Version",
  "footer.environment": "Environnement",
  "footer.environment.explain":
    "Où tourne cette copie du site : LOCAL, une construction sur le poste d'un développeur ; PRÉPROD, le serveur de test ; le site public n'affiche pas ce badge.",
  "footer.methodology": "Comment les chiffres sont calculés",

  "notFound.title": "Page introuvable",
  "notFound.text": "Il n'y a pas de page à cette adresse. Les analyses sont à un clic :",
  "notFound.home": "Aller à la vue d'ensemble",

  "data.title": "Données",
  "data.intro":
    "Cette page liste tous les instantanés à partir desquels ce site est construit, en JSON validé. Chaque fichier est le résultat d'une analyse ; le manifeste indique quand, à partir de quels objets sources et avec quel code le jeu a été construit.",
  "data.snapshot": "Instantané",
  "data.page": "Page",
  "data.size": "Taille",
  "data.sha": "SHA-256 ({shaChars|int} premiers caractères)",
  "data.manifest": "Manifeste du jeu d'instantanés",
  "data.manifestAsOf": "données au",
  "data.figures": "Données des graphiques",
  "data.figuresIntro":
    "Les données de chaque graphique, ligne par ligne, un fichier par graphique, avec son image en SVG. L'image PNG s'obtient à partir du SVG, depuis le graphique lui-même (« Image en PNG »).",
  "data.figure": "Graphique",
  "data.files": "Fichiers",
  "data.kilobytes": "{size|1} Ko",

  "method.title": "Méthodologie",
  "method.intro":
    "D'où viennent les données, ce que le nettoyage retire, et ce que signifie chaque statistique de ce site en termes simples, puis, dans la méthode de chaque analyse, les formules exactes et les noms des tests pour qui veut les vérifier.",
  "method.source": "Source des données",
  "method.sourceText.generated":
    "Les chiffres de ce site viennent d'un jeu de données que le projet génère (graine {seed}, échelle {scale}), et non de Food.com. Il a la forme des recettes et interactions Food.com publiées par Majumder et al. (EMNLP 2019) : mêmes fichiers, mêmes colonnes et mêmes types, à peu près autant de lignes, la même période.",
  "method.sourceText.local":
    "Les recettes et interactions Food.com publiées par Majumder et al. (EMNLP 2019), lues dans les fichiers {files}.",
  "method.sourceText.s3":
    "Les recettes et interactions Food.com publiées par Majumder et al. (EMNLP 2019), lues dans un stockage objet : {objects}.",
  "method.generated.title": "À propos des données générées",
  "method.generated.text":
    "Le générateur est un programme déterministe : la même graine et la même échelle donnent toujours les mêmes fichiers. Il tire chaque recette et chaque note de lois fixes, puis les décale année par année et saison par saison pour que le nombre de lignes, les lignes retirées au nettoyage, les moyennes annuelles et saisonnières et la dispersion des notes approchent les chiffres que l'application d'origine a publiés sur les vraies données (cette application est Mangetamain Analytics, l'application Streamlit dont ce site reprend les quatre pages ; la section « En quoi ce site diffère de l'application d'origine », plus bas, compare les deux). Les noms d'ingrédients et d'étiquettes viennent d'un vocabulaire fixe.",
  "method.generated.caution":
    "Ses tendances, ses écarts saisonniers et ses écarts entre semaine et week-end y ont donc été mis exprès. Sur ces données, un résultat montre le réglage du générateur, et comment les statistiques s'y comportent ; ce n'est pas un fait sur Food.com. Les mêmes pages construites à partir des vrais fichiers de Food.com décrivent Food.com.",
  "method.object": "Objet",
  "method.bytes": "Octets",
  "method.rows": "Lignes",
  "method.cleaning": "Règles de nettoyage et leurs comptes",
  "method.cleaningIntro":
    "Les règles s'appliquent dans cet ordre ; chaque compte est le nombre de lignes que la règle retire de ce que les règles précédentes ont laissé.",
  "method.recipes": "Recettes",
  "method.interactions": "Interactions",
  "method.rule": "Règle",
  "method.removed": "Retirées",
  "method.left": "Restantes",
  "method.differs.title": "En quoi ce site diffère de l'application d'origine",
  "method.differs.intro":
    "Ce site reconstruit les quatre pages de l'application Streamlit d'origine, Mangetamain Analytics. Là où sa méthode pouvait tromper, ce site fait autrement ; là où elle était juste, il la garde pour que les chiffres restent comparables.",
  "method.differs.app": "L'application d'origine",
  "method.differs.site": "Ce site",
  "method.differs.why": "Pourquoi",
  "method.differs.interval.app":
    "Donnait la note typique à ± {z|2} fois l'écart type pondéré divisé par la racine carrée d'une somme de poids, une somme de racines carrées des volumes mensuels.",
  "method.differs.interval.site":
    "Donne la moyenne pondérée des moyennes mensuelles avec un intervalle de Student sur les mois, et la moyenne simple de toutes les notes avec son propre intervalle. La page des notes ne montre pas la marge ± de l'application, qui n'est pas un intervalle valide.",
  "method.differs.interval.why":
    "Cette largeur diminue quand le trafic augmente, et non quand l'information augmente : ce n'est pas un intervalle de confiance.",
  "method.differs.uniform.app": "Testait le nombre de recettes par saison contre une répartition égale.",
  "method.differs.uniform.site":
    "Le teste contre une répartition proportionnelle aux jours que couvre chaque saison ; la répartition égale est donnée à côté.",
  "method.differs.uniform.why":
    "Les saisons n'ont pas le même nombre de jours, et la période ne couvre pas forcément des années entières.",
  "method.differs.rates.app":
    "Divisait les effectifs de semaine et de week-end par {weekdayDays} et par {weekendDays}.",
  "method.differs.rates.site": "Divise les recettes de chaque période par son nombre de jours dans la plage.",
  "method.differs.rates.why":
    "Diviser par {weekdayDays} et par {weekendDays} n'est exact que si la plage compte des semaines entières.",
  "method.differs.items.app":
    "Listait les ingrédients et les étiquettes aux plus grands écarts positifs en faveur du week-end.",
  "method.differs.items.site":
    "Liste les plus marqués de chaque côté, week-end et semaine, et corrige leurs tests pour les comparaisons multiples.",
  "method.differs.items.why": "Ne garder que les écarts positifs faisait disparaître ce qui est typique de la semaine.",
  "method.differs.ttest.app": "Comparait les moyennes par le seul test t de Student à variance commune.",
  "method.differs.ttest.site":
    "Calcule le test de Welch, qui ne suppose pas l'égalité des variances, à côté de celui de Student : dans le texte pour le temps de préparation, dans le fichier de données de l'analyse pour la complexité et la nutrition.",
  "method.differs.ttest.why": "Les dispersions des deux périodes ne sont pas forcément égales.",
  "method.differs.std.app":
    "Résumait le nombre annuel de recettes avec l'écart type de population, et la dispersion saisonnière de chaque ingrédient et étiquette avec l'écart type d'échantillon.",
  "method.differs.std.site":
    "Utilise l'écart type d'échantillon pour les effectifs annuels et celui de population pour les quatre saisons.",
  "method.differs.std.why":
    "Une seule règle décide : l'écart type d'échantillon quand une dispersion vaut pour plus que les valeurs présentes, l'écart type de population quand elle décrit seulement un ensemble complet. Les effectifs annuels valent pour la variation de la publication d'une année à l'autre, au-delà de ces années ; les quatre saisons et les mois retenus des pages sur les notes sont décrits pour eux-mêmes : ces pages utilisent donc l'écart type de population.",
  "method.differs.radar.app": "Dessinait la note moyenne par saison sur un graphique en radar.",
  "method.differs.radar.site": "Dessine la moyenne de chaque saison par un point avec son intervalle.",
  "method.differs.radar.why": "Un axe circulaire fait paraître grands des écarts de quelques centièmes d'étoile.",
  "method.differs.normality.app":
    "Traçait un diagramme quantile-quantile normal des effectifs annuels de recettes, sous « Test de normalité ».",
  "method.differs.normality.site": "Ne trace pas ce diagramme et ne lit aucun test de normalité des effectifs annuels.",
  "method.differs.normality.why":
    "Les effectifs annuels forment une série chronologique, pas des tirages d'une même loi : savoir s'ils suivent une loi normale ne répond à aucune question que pose la page des tendances.",
  "method.differs.kept.app":
    "Définissait le score de complexité, le R² pondéré, les poids √n des notes mensuelles, la corrélation de Spearman pondérée et les scores z saisonniers.",
  "method.differs.kept.site": "Garde ces définitions, et le dit dans la méthode de chaque analyse.",
  "method.differs.kept.why": "Elles sont justes, et les garder permet de comparer les deux sites.",
  "method.rules.title": "Les règles que suit chaque analyse",
  "method.rules.intro":
    "Les mêmes règles valent sur toutes les pages, pour qu'une affirmation ne dise jamais plus que ce que ses données permettent.",
  "method.rules.testing":
    "Une seule politique de tests multiples. Quand une analyse mène une famille de tests (les nutriments d'une comparaison, les ingrédients ou les étiquettes d'une page), les valeurs p sont ajustées ensemble par la méthode de Holm, et l'affirmation dit combien de tests compte la famille. Aucun élément n'est choisi pour son écart puis testé : chaque élément assez courant pour être comparé est testé.",
  "method.rules.relative":
    "Pas d'évolution relative d'une grandeur qui change de signe ou ne se distingue pas de zéro : les deux valeurs sont données, chacune avec son intervalle.",
  "method.rules.intervals":
    "Les comparaisons s'accompagnent de leur incertitude : intervalles pour les moyennes, les parts et les pentes. Les évolutions entre le début et la fin de la période regroupent les premières et les dernières années jusqu'à ce que chaque bout compte assez de recettes, au lieu de comparer deux années isolées et peu fournies.",
  "method.rules.pickedGap":
    "Un écart entre deux groupes choisis parce qu'ils sont le plus haut et le plus bas de plusieurs (la saison la mieux et la moins bien notée, les saisons au temps de préparation moyen le plus long et le plus court) porte un intervalle ajusté pour toutes les paires de groupes parmi lesquelles il a été choisi : l'intervalle de chaque paire est élargi pour que tous ces intervalles tiennent ensemble au niveau annoncé (correction de Bonferroni, la forme que prend pour les intervalles la politique de tests multiples). Un intervalle pour ces deux seuls groupes dirait plus que ne le permet un écart choisi pour sa taille.",
  "method.rules.digits":
    "Les nombres portent les chiffres qu'ils peuvent justifier et leur unité : une pente minuscule s'écrit avec ses chiffres significatifs, jamais comme une suite de zéros, et une pente lente se donne par décennie ; une part proche de un, comme un R² presque parfait, garde les chiffres qui montrent qu'elle n'est pas un ; un rapport porte son ×. Les nombres ne sont arrondis qu'à l'affichage : un écart ou une somme se calcule sur les valeurs exactes, et peut donc différer d'une unité sur son dernier chiffre de l'écart ou de la somme des nombres affichés.",
  "method.rules.serving":
    "Food.com donne la nutrition par portion : les calories en kilocalories par portion, les autres nutriments en pourcentage des apports journaliers par portion. Leurs moyennes sont des moyennes, sur les recettes, de valeurs par portion.",
  "method.rules.normality":
    "Un test de normalité n'apparaît que là où sa réponse change la lecture d'un résultat, jamais par rituel.",
  "method.rules.structural":
    "Les étiquettes structurelles sont écartées de toute analyse d'étiquettes. Food.com classe chaque recette sous les racines de son arbre d'étiquettes ({roots}) et ajoute des étiquettes quasi universelles ; elles décrivent les menus du site, pas les recettes. La règle : une racine de l'arbre ; une étiquette portée par au moins {share|pct|0} des recettes de l'année pendant la plupart des années ; une tranche de temps de préparation ; ou un nœud intérieur de l'arbre qui ne fait que regrouper ses enfants.",
  "method.rules.structuralBuckets":
    "Tranches de temps de préparation présentes dans ces données, reconnues à leur nom, qui donne une borne en minutes, en heures ou en jours : elles répètent le temps de préparation, analysé à part, et leur borne se vérifie sur les minutes de chaque recette :",
  "method.rules.structuralInner":
    "Nœuds intérieurs de l'arbre présents dans ces données, énumérés par leur nom : chacun ne fait que regrouper ses enfants et ne nomme lui-même aucun nutriment ni ingrédient :",
  "method.rules.structuralKept":
    "Restent les enfants des racines qui disent ce qu'est une recette, même quand l'arbre leur donne leurs propres enfants : {kept} (le plat qu'elle constitue, l'équipement qu'elle demande).",
  "method.rules.structuralFound": "Racines de l'arbre présentes dans ces données :",
  "method.rules.structuralByShare":
    "Étiquettes qui ne sont pas des racines mais relèvent de la règle de part (au moins {share|pct|0} des recettes de l'année pendant la plupart des années) :",
  "method.rules.nutrients":
    "Chaque page compare les nutriments que l'application d'origine y comparait, pour que ses chiffres puissent être mis à côté de ceux de l'application. Tendances annuelles : {trends} ; saisons : {seasons} ; semaine et week-end : {weekend}. Un nutriment absent d'une page est un nutriment que l'application n'y comparait pas.",
  "method.statistics": "Méthodes statistiques",
  "method.analyses": "Méthode de chaque analyse",
  "method.wls.title": "Moindres carrés pondérés",
  "method.wls.text":
    "Une droite ajustée sur des moyennes annuelles ou mensuelles où chaque point porte un poids, propre à chaque analyse, pour que les points les mieux mesurés tirent davantage la droite : les tendances annuelles pondèrent chaque année par son nombre de recettes ; la tendance des notes pondère chaque mois par la racine carrée de son nombre de notes (√n), pour que les mois les plus chargés comptent davantage sans écraser les autres. La pente est la variation par an ; sa valeur p dit à quelle fréquence une pente au moins aussi forte apparaîtrait par hasard s'il n'y avait aucune tendance.",
  "method.r2.title": "R² pondéré",
  "method.r2.text":
    "La part de la variation pondérée de la série que la droite ajustée explique : proche de un, les points épousent la droite ; proche de zéro, la droite explique peu.",
  "method.cv.title": "Coefficient de variation",
  "method.cv.text":
    "L'écart type divisé par la moyenne : l'ampleur de la dispersion rapportée à la valeur typique, pour comparer les dispersions de grandeurs différentes.",
  "method.ttest.title": "Test t à deux échantillons",
  "method.ttest.text":
    "Compare les moyennes de deux groupes, par exemple les recettes publiées en semaine et le week-end, et dit si l'écart dépasse ce que le hasard produirait. Le d de Cohen exprime l'écart en écarts types, pour juger s'il compte.",
  "method.chi2.title": "Tests du χ²",
  "method.chi2.text":
    "Comparent des effectifs à ceux qu'on attendrait s'il ne se passait rien : une répartition égale entre saisons ou jours (ajustement), ou la même part d'un ingrédient en semaine et le week-end (tableau de contingence ; sur un tableau deux par deux, la correction de continuité de Yates retranche un demi à chaque écart entre effectifs observés et attendus, parce que les effectifs sont entiers). Avec autant de recettes, de minuscules écarts deviennent significatifs : une taille d'effet accompagne donc chaque test : le w de Cohen ou, sur un tableau deux par deux, le coefficient φ, qui mesure la force du lien entre les deux façons de compter et dont le signe donne le sens de l'écart.",
  "method.anova.title": "Analyse de la variance et test de Kruskal–Wallis",
  "method.anova.text":
    "Cherchent si plusieurs groupes, comme les quatre saisons, partagent le même niveau. L'analyse de la variance compare des moyennes ; le test de Kruskal–Wallis compare des rangs et ne suppose pas de données normales. L'êta carré (η², de l'analyse de la variance) ou l'epsilon carré (ε², du test de Kruskal–Wallis) donnent la part de la variation expliquée par les groupes.",
  "method.spearman.title": "Corrélation de Spearman pondérée",
  "method.spearman.text":
    "Mesure si deux grandeurs montent et descendent ensemble, à partir de leurs rangs plutôt que de leurs valeurs, chaque point pesant comme dans la droite de l'analyse : sur la page des notes, chaque mois selon la racine carrée de son nombre de notes (√n).",
  "method.df.title": "Degrés de liberté (ddl)",
  "method.df.text":
    "Le nombre de valeurs d'une statistique de test libres de varier une fois ses totaux fixés : pour quatre saisons comparées, 3 degrés de liberté. La valeur p d'un test en dépend, c'est pourquoi chaque test les donne à côté de sa statistique.",
  "method.ci.title": "Intervalle de confiance",
  "method.ci.text":
    "Une plage de valeurs plausibles pour une grandeur estimée à partir des données. Chaque analyse précise quel intervalle elle calcule et comment. Pour une part, c'est l'intervalle de Wilson, qui ne descend jamais sous zéro ni ne dépasse le tout, et reste fiable pour les petites parts.",
  "method.alpha.title": "Seuil de signification",
  "method.alpha.text":
    "Un résultat est dit significatif quand sa valeur p passe sous le seuil que chaque analyse indique dans sa méthode. Significatif ne veut pas dire grand : ce sont les tailles d'effet qui disent l'ampleur."
};
