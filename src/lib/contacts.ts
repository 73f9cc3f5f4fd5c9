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
export function fallbackSentence(
  contact: { name: string },
  fallback: { name: string; hours?: string },
): { gap: string; instead: string } {
  const hours = fallback.hours?.trim().replace(/[.]$/, '');
  const ring = `ring ${nameInSentence(fallback.name)} on`;
  return {
    gap: `This handbook does not yet give a number for the ${nameInSentence(contact.name)}.`,
    instead: hours ? `${hours}, ${ring}` : `${ring[0].toUpperCase()}${ring.slice(1)}`,
  };
}
