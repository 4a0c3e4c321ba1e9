/**
 * Police ranks and titles as officers abbreviate them before their name ("Det. Ines Varga", "PC 3307 Harriet
 * Lindqvist", "SA Rowe"), in capitals as written: a name after one is the officer's.
 */
export const RANK_ABBREVIATIONS = 'PC|DC|DS|DI|DCI|TDC|PS|Sgt|Det|Cst|Const|Insp|Inv|Cpl|Lt|Capt|Ofc|Supt|Tpr|Dep|SA';
