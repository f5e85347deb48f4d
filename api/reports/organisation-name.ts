/** The organisation that publishes Kommunkompassen, named as it was on a report's date. */
export interface Publisher {
  name: string;
  short: string;
  website: string;
}

const SKL: Publisher = {
  name: 'Sveriges Kommuner och Landsting',
  short: 'SKL',
  website: 'www.skl.se',
};
const SKR: Publisher = {
  name: 'Sveriges Kommuner och Regioner',
  short: 'SKR',
  website: 'www.skr.se',
};

/** SKL until the end of 2019, SKR from 2020 (the name changed on 1 January 2020). */
export function publisherOn(date: string): Publisher {
  return Number(date.slice(0, 4)) < 2020 ? SKL : SKR;
}
