import { Given, Then, When } from '@cucumber/cucumber';
import type { SimWorld } from './support/sim-world';
import * as book from './support/tasks/address-book-tasks';
import * as see from './support/checks/address-book-checks';

Given(
  'Group Policy sets "Global Address Book Download Initial Delay" to {int} minutes in the Computer Configuration of {computer}',
  function (this: SimWorld, minutes: number, c: string) {
    return book.setDownloadDelay(this, minutes, c);
  },
);
Given('the random wait before the address book download comes out at {int} percent of its longest', function (this: SimWorld, n: number) {
  return book.fixWait(this, n);
});
Given('the random wait before the address book download is drawn from the seed', function (this: SimWorld) {
  return book.fixWait(this, null);
});
When('{person} searches for {string} in Lync on {computer}', function (this: SimWorld, p: string, text: string, c: string) {
  return book.searchFor(this, p, c, text);
});
Then("{person}'s search in Lync on {computer} finds {string}", function (this: SimWorld, p: string, c: string, names: string) {
  return see.searchFinds(this, p, c, names);
});
When('{person} searches for {person} in Lync on {computer}', function (this: SimWorld, p: string, colleague: string, c: string) {
  return book.searchFor(this, p, c, colleague);
});
Then("{person}'s search in Lync on {computer} finds {person}", function (this: SimWorld, p: string, c: string, colleague: string) {
  return see.searchFinds(this, p, c, colleague);
});
Then(
  "{person}'s search in Lync on {computer} finds no one and says {string}",
  function (this: SimWorld, p: string, c: string, text: string) {
    return see.searchFindsNoOne(this, p, c, text);
  },
);
