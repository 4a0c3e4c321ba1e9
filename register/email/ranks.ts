/**
 * Police ranks and titles as officers abbreviate them before their name ("Det. Ines Varga", "PC 3307 Harriet
 * Lindqvist", "SA Rowe"), in capitals as written: a name after one is the officer's.
 */
export const RANK_ABBREVIATIONS =
  // UK, US, Canada
  'PC|DC|DS|DI|DCI|TDC|PS|Sgt|Det|Cst|Const|Insp|Inv|Cpl|Lt|Capt|Ofc|Supt|Tpr|Dep|SA|SSA|SSgt|S/Sgt' +
  // Australia and New Zealand (Detective Senior Constable, Senior Constable, Leading Senior Constable, Senior Sergeant)
  '|DSC|SC|LSC|DLSC|DSS|SS|A/Sgt|D/Sgt|DSgt' +
  // Germany (Kriminalhauptkommissar, Kriminaloberkommissar, Polizeioberkommissar, Polizeihauptkommissar), France (Adjudant, Brigadier, Commandant, Capitaine)
  '|KHK|KOK|KK|POK|PHK|Adj|Brig|Cdt|Cne';
