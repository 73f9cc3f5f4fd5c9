/** Phone numbers and email addresses as links, and how a contact is named in a sentence: one place for both. */

/** A tel: href from a number as people write it ("07700 900123", "NHS 111"). */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

export function mailtoHref(email: string): string {
  return `mailto:${email}`;
}

/**
 * The contacts the site's own pages name (the footer of every page, the search page's "may not cover" box,
 * the accessibility statement), with what those pages give of each: content/contacts.yaml must hold each, with those
 * details (siteChecks.ts, siteContactProblems), whatever the council calls them.
 */
export const siteContacts = {
  service: { id: 'fostering-service', needs: ['phone', 'email', 'hours'], for: 'the service in office hours' },
  outOfHours: { id: 'fostering-on-call', needs: ['phone'], for: 'urgent help out of hours' },
  emergency: { id: 'emergency', needs: ['phone'], for: 'a child in danger (999)' },
} as const;

/** A contact's name in a sentence: "Fostering On Call (out of hours)" reads as "Fostering On Call". */
export function nameInSentence(name: string): string {
  return name.replace(/\s*\([^)]*\)\s*$/, '');
}

/** How a sentence names a contact: its `inSentence`, or "the" and its name ("the Emergency Duty Team"). */
export function contactInSentence(contact: { name: string; inSentence?: string }): string {
  return contact.inSentence ?? `the ${nameInSentence(contact.name)}`;
}

/**
 * What to say for a contact the handbook has no number for yet: "This handbook does not yet give a
 * number for the Emergency Duty Team.", then what to do meanwhile if the contact says ("In office hours,
 * …"), then the contact to ring instead if it has one, "Outside office hours, ring Fostering On Call on"
 * and the fallback's number (the component makes it a tap-to-call link).
 */
export function fallbackSentence(
  contact: { name: string; inSentence?: string; meanwhile?: string },
  fallback?: { name: string; hours?: string },
): { gap: string; meanwhile?: string; instead?: string } {
  const sentence = {
    gap: `This handbook does not yet give a number for ${contactInSentence(contact)}.`,
    ...(contact.meanwhile ? { meanwhile: contact.meanwhile.trim() } : {}),
  };
  if (!fallback) return sentence;
  const hours = fallback.hours?.trim().replace(/[.]$/, '');
  const ring = `ring ${nameInSentence(fallback.name)} on`;
  return { ...sentence, instead: hours ? `${hours}, ${ring}` : `${ring[0].toUpperCase()}${ring.slice(1)}` };
}

export interface ContactFields {
  name: string;
  purpose: string;
  phone?: string;
  email?: string;
  address?: string;
  hours?: string;
  web?: string;
  urgent: boolean;
  officeHoursLine?: boolean;
  fallback?: string;
  /** For a contact with no number: what to do until there is one. */
  meanwhile?: string;
  /** How a sentence names the contact, if not "the" and its name. */
  inSentence?: string;
  /** Other names pages use for it (for the content rules, and for finding it in a key point). */
  aliases?: readonly string[];
  checkMentions?: boolean;
}

/** A contact as pages show it: its own fields, and for one with no number yet, what to do instead. */
export interface ContactView extends ContactFields {
  id: string;
  /** Only for a contact with no number: the sentence saying so, what to do meanwhile, and whom to ring instead. */
  instead?: { gap: string; meanwhile?: string; instead?: string; phone?: string };
}

/** Every contact with its fallback worked out, in the order of contacts.yaml. */
export function contactViews(contacts: readonly ({ id: string } & ContactFields)[]): ContactView[] {
  const byId = new Map(contacts.map((c) => [c.id, c]));
  return contacts.map((contact) => {
    if (contact.phone || (!contact.fallback && !contact.meanwhile)) return { ...contact };
    const other = contact.fallback ? byId.get(contact.fallback) : undefined;
    const ring = other?.phone ? other : undefined;
    return { ...contact, instead: { ...fallbackSentence(contact, ring), ...(ring ? { phone: ring.phone } : {}) } };
  });
}

/** "Get help now": the urgent lines (999 first, as listed), then the line to ring in office hours. */
export function getHelpLines(contacts: readonly ContactView[]): ContactView[] {
  return [...contacts.filter((c) => c.urgent && c.phone), ...contacts.filter((c) => c.officeHoursLine && c.phone)];
}
