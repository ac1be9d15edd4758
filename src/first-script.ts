/*
 * The portal's first script: small and without the libraries, so it runs as soon as it arrives,
 * while the libraries and the UI kit are still downloading, and does there what would otherwise
 * wait for them (~60 ms on this machine, four times that on a slow phone): read the session and the language from
 * storage, sign in by URL, start downloading the texts, and build the date and number formatters
 * (the first of which loads the browser's locale data). index.html runs it before main.tsx
 * (vite.config.ts, firstScript), which imports it for what it found.
 */
import { initialLanguage, loadTexts } from '@/app/languages';
import { consumeDirectSignIn } from '@/app/sign-in-as';
import { DEMO_USERS } from '@/config/demo-users';
import { LOCALES, warmUpFormatters } from '@/lib/formatters';

consumeDirectSignIn(DEMO_USERS);

/** The language the portal starts in. */
export const language = initialLanguage();

loadTexts(language).catch(() => undefined); // awaited, and a failure reported, by the start
warmUpFormatters(LOCALES[language]);
