/** Phone numbers and email addresses as links: one place that turns contact data into hrefs. */

/** A tel: href from a number as people write it ("07958 337681", "NHS 111"). */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

export function mailtoHref(email: string): string {
  return `mailto:${email}`;
}
