/** The fixed bearer token the Graph stand-in accepts by default (the playground pane sends it). */
export const STANDIN_TOKEN = 'svarsplikt-standin-token';
