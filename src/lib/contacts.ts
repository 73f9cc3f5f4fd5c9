/** Phone numbers and email addresses as links, and how a contact is named in a sentence: one place for both. */

/** A tel: href from a number as people write it ("07958 337681", "NHS 111"). */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

export function mailtoHref(email: string): string {
  return `mailto:${email}`;
}

/** A contact's name in a sentence: "Fostering On Call (out of hours)" reads as "Fostering On Call". */
export function nameInSentence(name: string): string {
  return name.replace(/\s*\([^)]*\)\s*$/, '');
}

/**
 * What to say for a contact the handbook has no number for yet, naming the contact to ring instead:
 * "This handbook does not yet give a number for the Emergency Duty Team." then "Outside office hours,
 * ring Fostering On Call on" and the fallback's number (the component makes it a tap-to-call link).
 */
export function fallbackSentence(contact: { name: string }, fallback: { name: string; hours?: string }): { gap: string; instead: string } {
  const hours = fallback.hours?.trim().replace(/[.]$/, '');
  const ring = `ring ${nameInSentence(fallback.name)} on`;
  return {
    gap: `This handbook does not yet give a number for the ${nameInSentence(contact.name)}.`,
    instead: hours ? `${hours}, ${ring}` : `${ring[0].toUpperCase()}${ring.slice(1)}`,
  };
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
}

/** A contact as pages show it: its own fields, and for one with no number yet, whom to ring instead. */
export interface ContactView extends ContactFields {
  id: string;
  instead?: { gap: string; instead: string; phone: string };
}

/** Every contact with its fallback worked out, in the order of contacts.yaml. */
export function contactViews(contacts: readonly ({ id: string } & ContactFields)[]): ContactView[] {
  const byId = new Map(contacts.map((c) => [c.id, c]));
  return contacts.map((contact) => {
    const other = !contact.phone && contact.fallback ? byId.get(contact.fallback) : undefined;
    return other?.phone ? { ...contact, instead: { ...fallbackSentence(contact, other), phone: other.phone } } : { ...contact };
  });
}

/** "Get help now": the urgent lines (999 first, as listed), then the line to ring in office hours. */
export function getHelpLines(contacts: readonly ContactView[]): ContactView[] {
  return [...contacts.filter((c) => c.urgent && c.phone), ...contacts.filter((c) => c.officeHoursLine && c.phone)];
}
