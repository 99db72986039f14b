/** French strings of the site's shell: the same keys as en.ts (the type checks it, test/site/i18n.test.ts too). */
import type {ShellKey} from "./en.js";

export const fr: Record<ShellKey, string> = {
  "site.name": "Back to the Kitchen",
  "site.tagline": "Vingt ans de recettes et de notes Food.com, lues avec soin",
  "site.description":
    "Tendances, saisons, jours de la semaine et notes des recettes Food.com, calculés à la construction du site à partir des données nettoyées, chaque chiffre pouvant être rattaché à sa source.",
  "site.home": "Back to the Kitchen, page d'accueil",
  "skip.main": "Aller au contenu",

  "nav.label": "Pages",
  "nav.overview": "Vue d'ensemble",
  "nav.trends": "Tendances {firstYear}-{lastYear}",
  "nav.seasonality": "Saisonnalité",
  "nav.weekend": "Semaine / week-end",
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
  "page.trends.title": "Tendances {firstYear}-{lastYear}",
  "page.trends.intro":
    "Comment la publication des recettes, leur temps de préparation, leur complexité, leur profil nutritionnel, leurs ingrédients et leurs étiquettes ont évolué d'une année à l'autre. Les séries annuelles sont ajustées par moindres carrés pondérés, chaque année pesant selon son nombre de recettes.",
  "page.seasonality.title": "Saisonnalité",
  "page.seasonality.intro":
    "Les recettes changent-elles avec les saisons ? Elles sont regroupées selon la saison météorologique de leur date de publication : hiver (décembre à février), printemps (mars à mai), été (juin à août) et automne (septembre à novembre).",
  "page.weekend.title": "Semaine ou week-end",
  "page.weekend.intro":
    "Les recettes publiées le week-end diffèrent-elles de celles publiées en semaine ? Le lundi au vendredi est comparé au samedi et au dimanche.",
  "page.ratings.title": "Notes",
  "page.ratings.intro":
    "Comment les membres notent les recettes, mois après mois et saison après saison, et si les mois les plus actifs notent autrement.",
  "page.analysisCount": "{count|int} analyses",
  "page.empty": "Aucune analyse de cette page ne figure encore dans le jeu d'instantanés actuel.",
  "page.onThisPage": "Sur cette page",

  "section.keyFigures": "Chiffres clés",
  "section.interpretation": "Interprétation statistique",
  "section.method": "Comment c'est calculé",

  "figure.showData": "Afficher les données",
  "figure.downloads": "Télécharger :",
  "figure.downloadCsv": "Données en CSV",
  "figure.downloadJson": "Données en JSON",
  "figure.downloadSvg": "Image en SVG",
  "figure.downloadPng": "Image en PNG",
  "figure.tableCaption": "Données du graphique : {caption}",
  "figure.rows": "{rows|int} lignes",
  "figure.source": "Source : Food.com via Back to the Kitchen, données au {date}",

  "filter.legend": "Années affichées",
  "filter.from": "De",
  "filter.to": "À",
  "filter.reset": "Toutes les années",
  "explorer.status":
    "Chiffres, statistiques et texte recalculés dans votre navigateur pour {from}–{to} ({years|int} ans).",
  "options.legend": "Affichage",

  "footer.provenance": "Provenance",
  "footer.dataAsOf": "Données au",
  "footer.builtAt": "Site construit le",
  "footer.commit": "Commit",
  "footer.source": "Source",
  "footer.etag": "ETag",
  "footer.version": "Version",
  "footer.environment": "Environnement",
  "footer.methodology": "Comment les chiffres sont calculés",

  "notFound.title": "Page introuvable",
  "notFound.text": "Il n'y a pas de page à cette adresse. Les analyses sont à un clic :",
  "notFound.home": "Aller à la vue d'ensemble",

  "data.title": "Données",
  "data.intro":
    "Tous les instantanés à partir desquels ce site est construit, en JSON validé. Chaque fichier est le résultat d'une analyse ; le manifeste indique quand, à partir de quels objets sources et avec quel code le jeu a été construit.",
  "data.snapshot": "Instantané",
  "data.page": "Page",
  "data.size": "Taille",
  "data.rows": "Lignes des requêtes",
  "data.sha": "SHA-256",
  "data.manifest": "Manifeste du jeu d'instantanés",
  "data.figures": "Données des graphiques",
  "data.figuresIntro": "Les lignes derrière chaque graphique, un fichier par graphique, avec son image.",
  "data.figure": "Graphique",
  "data.files": "Fichiers",
  "data.kilobytes": "{size|1} Ko",

  "method.title": "Méthodologie",
  "method.intro":
    "D'où viennent les données, ce que le nettoyage retire, et ce que signifie chaque statistique de ce site, en termes simples.",
  "method.source": "Source des données",
  "method.sourceText":
    "Les recettes et interactions Food.com publiées par Majumder et al. (EMNLP 2019). Cette construction a lu : {description}.",
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
  "method.statistics": "Méthodes statistiques",
  "method.analyses": "Méthode de chaque analyse",
  "method.wls.title": "Moindres carrés pondérés",
  "method.wls.text":
    "Une droite ajustée sur des moyennes annuelles ou mensuelles, où chaque point compte en proportion des données qui le fondent : une année riche en recettes tire davantage la droite qu'une année qui en compte peu. La pente est la variation par an ; sa valeur p dit à quelle fréquence une pente au moins aussi forte apparaîtrait par hasard s'il n'y avait aucune tendance.",
  "method.r2.title": "R² pondéré",
  "method.r2.text":
    "La part de la variation pondérée de la série que la droite ajustée explique : proche de un, les points épousent la droite ; proche de zéro, la droite explique peu.",
  "method.qq.title": "Diagramme quantile-quantile et test de Shapiro-Wilk",
  "method.qq.text":
    "Les valeurs observées, triées, sont placées face aux valeurs qu'une loi normale donnerait aux mêmes rangs. Des points alignés signifient que les valeurs semblent normales. Le test de Shapiro-Wilk traduit la même idée en valeur p.",
  "method.cv.title": "Coefficient de variation",
  "method.cv.text":
    "L'écart-type divisé par la moyenne : l'ampleur de la dispersion rapportée à la valeur typique, pour comparer les dispersions de grandeurs différentes.",
  "method.ttest.title": "Test t à deux échantillons",
  "method.ttest.text":
    "Compare les moyennes de deux groupes, par exemple les recettes publiées en semaine et le week-end, et dit si l'écart dépasse ce que le hasard produirait. Le d de Cohen exprime l'écart en écarts-types, pour juger s'il compte.",
  "method.chi2.title": "Tests du khi-deux",
  "method.chi2.text":
    "Comparent des effectifs à ceux qu'on attendrait s'il ne se passait rien : une répartition égale entre saisons ou jours (ajustement), ou la même part d'un ingrédient en semaine et le week-end (tableau de contingence). Avec des centaines de milliers de recettes, de minuscules écarts deviennent significatifs : une taille d'effet (w de Cohen ou phi) accompagne donc chaque test.",
  "method.anova.title": "Analyse de la variance et test de Kruskal-Wallis",
  "method.anova.text":
    "Cherchent si plusieurs groupes, comme les quatre saisons, partagent le même niveau. L'analyse de la variance compare des moyennes ; le test de Kruskal-Wallis compare des rangs et ne suppose pas de données normales. L'êta carré ou l'epsilon carré donnent la part de la variation expliquée par les groupes.",
  "method.spearman.title": "Corrélation de Spearman pondérée",
  "method.spearman.text":
    "Mesure si deux grandeurs montent et descendent ensemble, à partir de leurs rangs plutôt que de leurs valeurs, chaque mois pesant selon son nombre de notes.",
  "method.ci.title": "Intervalle de confiance",
  "method.ci.text":
    "Une plage de valeurs plausibles pour une grandeur estimée à partir des données. Chaque analyse précise quel intervalle elle calcule et comment.",
  "method.alpha.title": "Seuil de signification",
  "method.alpha.text":
    "Un résultat est dit significatif quand sa valeur p passe sous le seuil que chaque analyse indique dans sa méthode. Significatif ne veut pas dire grand : ce sont les tailles d'effet qui disent l'ampleur."
};
