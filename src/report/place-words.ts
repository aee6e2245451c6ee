/** Where a fault lives (a fault switch's place), in a support engineer's words. */
export const placeWords: Readonly<Record<string, string>> = {
  computer: 'the computer',
  'local cache': "the user's sign-in info cached on the computer",
  'client setting': 'a Lync setting',
  account: "the user's account",
  tenant: 'the tenant: Lync Online and its identity provider',
  DNS: "the domain's DNS",
  network: 'the network',
};

export const placeOf = (place: string): string => placeWords[place] ?? place;
