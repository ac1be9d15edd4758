import * as z from 'zod/mini';

/*
 * The portal's zod: `zod/mini`, whose functional API lets the bundler drop what is not used.
 * Unlike classic `zod`, it installs no locale, so an issue without a message of its own would
 * read "Invalid input"; English is installed here the way classic zod does it (only when no
 * locale is set yet), so default messages — the sandbox's field errors, for example — stay as
 * they were. Import `z` from here, not from `zod/mini`.
 */
if (!z.config().localeError) z.config(z.locales.en());

export { z };
