/** The years a dataset and a query may name: 1991 (independence) to 2100. */
export const YEAR_MIN = 1991;
export const YEAR_MAX = 2100;
