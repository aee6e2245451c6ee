import type { Stage } from '../stage';

/** KB 2436962: Outlook 2013 on a computer, and what a person does to her mail profiles (Mail in Control Panel). */

const profilesOf = (w: Stage, name: string, computer: string) => {
  const c = w.fake.computer(computer);
  if (!c.outlookInstalled)
    throw new Error(`Outlook 2013 is not installed on ${computer}; add "Given Outlook 2013 is installed on ${computer}"`);
  return c.profile(w.fake.person(name).windowsUser).outlook;
};

/** Office's setup installs Outlook 2013 on the computer, for every Windows user of it. */
export const installOutlook = (w: Stage, computer: string) => w.fake.computer(computer).installOutlook();

/** Mail > Show Profiles > Add: a new profile for the mailbox of an address (the first one becomes the default). */
export const addOutlookProfile = (w: Stage, name: string, computer: string, profile: string, address: string) =>
  profilesOf(w, name, computer).add(profile, address);

/** Mail > Show Profiles > "Always use this profile": the profile becomes the default. */
export const makeOutlookProfileDefault = (w: Stage, name: string, computer: string, profile: string) =>
  profilesOf(w, name, computer).makeDefault(profile);
