import { Then } from '@cucumber/cucumber';
import type { IconPlace } from '../src/simulator';
import type { SeenWindow } from './support/parameter-types';
import type { SimWorld } from './support/sim-world';
import * as see from './support/checks/screen-checks';

Then('{person} sees {seen window} on {computer}', function (this: SimWorld, p: string, win: SeenWindow, c: string) {
  return see.seesWindow(this, p, c, win);
});
Then('{person} sees the signing-in screen on {computer}', function (this: SimWorld, p: string, c: string) {
  return see.seesScreen(this, p, c, 'signing-in');
});
Then("the sign-in address box on {computer} holds {person}'s sign-in address", function (this: SimWorld, c: string, p: string) {
  return see.addressBoxHolds(this, p, c);
});
Then('Lync offers {person} a {string} button on {computer}', function (this: SimWorld, p: string, label: string, c: string) {
  return see.hasControl(this, p, c, label, true);
});
Then('Lync offers {person} a {string} link on {computer}', function (this: SimWorld, p: string, label: string, c: string) {
  return see.hasControl(this, p, c, label, true);
});
Then('{person} sees no password box on {computer}', function (this: SimWorld, p: string, c: string) {
  return see.hasControl(this, p, c, 'Password', false);
});
Then('{person} sees a password box on {computer}', function (this: SimWorld, p: string, c: string) {
  return see.hasControl(this, p, c, 'Password', true);
});
Then('the {string} box on {computer} is {on off}', function (this: SimWorld, label: string, c: string, on: boolean) {
  return see.checkboxIs(this, null, c, label, on, 'main');
});
Then('the {string} option on {computer} is {on off}', function (this: SimWorld, label: string, c: string, on: boolean) {
  return see.checkboxIs(this, null, c, label, on, 'options');
});
Then('the File menu of the Options button on {computer} offers Close, Sign Out and Exit', function (this: SimWorld, c: string) {
  return see.menuOffers(this, null, c, 'File', ['Close', 'Sign Out', 'Exit']);
});
Then('the Lync icon is in the {place} of {person} on {computer}', function (this: SimWorld, place: IconPlace, p: string, c: string) {
  return see.iconShown(this, p, c, place, true);
});
Then('the Lync icon is not in the {place} of {person} on {computer}', function (this: SimWorld, place: IconPlace, p: string, c: string) {
  return see.iconShown(this, p, c, place, false);
});
Then('{person} sees an alert from {person} on {computer}', function (this: SimWorld, p: string, from: string, c: string) {
  return see.seesAlert(this, p, c, from);
});
Then('Lync on {computer} tells {person} {string}', function (this: SimWorld, c: string, p: string, text: string) {
  return see.seesMessage(this, p, c, text);
});
Then('Lync asks {person} {string} on {computer}', function (this: SimWorld, p: string, text: string, c: string) {
  return see.seesMessage(this, p, c, text, 'confirmDelete');
});
Then(
  'Lync on {computer} tells {person} {string} under the title {string}',
  function (this: SimWorld, c: string, p: string, text: string, title: string) {
    return see.seesTitledMessage(this, p, c, title, text);
  },
);
Then('Lync on {computer} asks {person} {string}', function (this: SimWorld, c: string, p: string, text: string) {
  return see.seesMessage(this, p, c, text);
});
Then('Lync on {computer} shows {person} a credential dialog', function (this: SimWorld, c: string, p: string) {
  return see.seesDialog(this, p, c, 'credentials', true);
});
Then('Lync on {computer} shows {person} no credential dialog', function (this: SimWorld, c: string, p: string) {
  return see.seesDialog(this, p, c, 'credentials', false);
});
Then('Lync on {computer} shows {person} no trust prompt', function (this: SimWorld, c: string, p: string) {
  return see.seesDialog(this, p, c, 'trustServer', false);
});
Then("{person}'s contact list on {computer} shows presence as unknown", function (this: SimWorld, p: string, c: string) {
  return see.labelReads(this, p, c, 'Contact list', 'Presence unknown');
});
Then("{person}'s contact list on {computer} shows presence as up to date", function (this: SimWorld, p: string, c: string) {
  return see.labelReads(this, p, c, 'Contact list', 'Presence up to date');
});
Then('{person} sees no message on {computer}', function (this: SimWorld, p: string, c: string) {
  return see.seesNoMessage(this, p, c);
});
Then('the Personal page of the Options dialog on {computer} offers {string}', function (this: SimWorld, c: string, label: string) {
  return see.personalOption(this, null, c, label);
});
