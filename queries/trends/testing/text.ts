/** Test kit of the trends page (imported only by its tests): the rules its text modules follow. */
import type {TextRules} from "../../../pipeline/narrative.check.js";

/**
 * Trends text keys are snake_case; the charts' controls have labels (`option.band`, `option.band.q25_q75`) and their
 * legend entries (`legend.peak`).
 */
export const TRENDS_TEXT: TextRules = {keyName: /[a-z0-9_]+/, extraKeys: [/option\.[a-z0-9_.]+/, /legend\.[a-z0-9_]+/]};
